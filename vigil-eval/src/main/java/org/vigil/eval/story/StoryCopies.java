package org.vigil.eval.story;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.vigil.core.article.Article;

/**
 * Makes known copies of articles with seeded transformations ({@link CopyKind}). The texts come
 * from the articles given (read at run time, never stored); the added and replacing sentences and
 * the datelines are our own, written for this purpose. Paragraphs are the articles' own where they
 * have blank lines, else runs of two sentences (JDK {@link BreakIterator}). Stateless.
 */
final class StoryCopies {
  private StoryCopies() {}

  /** An article of the evaluation set and the original it was made from. */
  record Labelled(Article article, String group, Set<CopyKind> kinds) {
    boolean isOriginal() {
      return kinds.isEmpty();
    }
  }

  // our own sentences, generic enough to fit any conflict report
  private static final List<String> SENTENCES = List.of(
      "Officials said the situation remained tense late in the day.",
      "The claims could not be independently verified.",
      "A spokesperson declined to comment further when reached by telephone.",
      "Further details were expected to be released in the coming days.",
      "Witnesses described long queues at checkpoints on the main road.",
      "The ministry said it would publish a full statement on its website.",
      "Analysts said the move was likely to draw criticism from neighbouring states.",
      "Local media reported that several roads were closed as a precaution.");

  private static final List<String> DATELINES = List.of(
      "WASHINGTON (Wire Service) -- ", "NAIROBI, Kenya (News Agency) -- ", "GENEVA -- ",
      "KYIV, Ukraine (Associated Wire) -- ", "BANGKOK (Regional Press) -- ", "BEIRUT, Lebanon (AFP-style Wire) -- ");

  private static final List<String> HEADLINES = List.of("Update: ", "Latest: ", "Explainer: ", "World news: ");

  /**
   * The originals, each with {@code copies} copies: one of each single kind in turn, then random
   * combinations of two or three kinds. Dates: every original within two days of {@code base},
   * every copy on its original's day or the next, so that the window never separates two articles
   * and similarity alone decides.
   */
  static List<Labelled> of(List<Article> originals, int copies, long seed, LocalDate base) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Labelled> all = new ArrayList<>();
    CopyKind[] kinds = CopyKind.values();
    for (Article original : originals) {
      LocalDate day = base.plusDays(random.nextInt(2));
      Article dated = new Article(original.id(), day, original.title(), original.text(), original.url(),
          original.source());
      all.add(new Labelled(dated, original.id(), Set.of()));
      for (int c = 0; c < copies; c++) {
        Set<CopyKind> chosen = EnumSet.noneOf(CopyKind.class);
        if (c < kinds.length) {
          chosen.add(kinds[c]);
        } else {
          int n = 2 + random.nextInt(2);
          while (chosen.size() < n) {
            chosen.add(kinds[random.nextInt(kinds.length)]);
          }
        }
        Article copy = copy(dated, original.id() + "-copy" + (c + 1), day.plusDays(random.nextInt(2)), chosen, random);
        all.add(new Labelled(copy, original.id(), Set.copyOf(chosen)));
      }
    }
    return all;
  }

  static Article copy(Article original, String id, LocalDate day, Set<CopyKind> kinds, SplittableRandom random) {
    List<List<String>> paragraphs = paragraphs(original.text());
    String title = original.title();
    // sentence edits first, then the paragraph order, then the cut: each stays visible
    if (kinds.contains(CopyKind.SENTENCE_CHANGED)) {
      int[] at = pickSentence(paragraphs, random);
      paragraphs.get(at[0]).set(at[1], SENTENCES.get(random.nextInt(SENTENCES.size())));
    }
    if (kinds.contains(CopyKind.SENTENCE_REMOVED)) {
      int[] at = pickSentence(paragraphs, random);
      if (paragraphs.get(at[0]).size() > 1 || paragraphs.size() > 1) {
        paragraphs.get(at[0]).remove(at[1]);
        paragraphs.removeIf(List::isEmpty);
      }
    }
    if (kinds.contains(CopyKind.SENTENCE_ADDED)) {
      int p = random.nextInt(paragraphs.size());
      List<String> in = paragraphs.get(p);
      in.add(random.nextInt(in.size() + 1), SENTENCES.get(random.nextInt(SENTENCES.size())));
    }
    if (kinds.contains(CopyKind.REORDERED) && paragraphs.size() > 1) {
      // move one to three paragraphs elsewhere
      List<List<String>> before = new ArrayList<>(paragraphs);
      int moves = 1 + random.nextInt(Math.min(3, paragraphs.size() - 1));
      for (int m = 0; m < moves; m++) {
        List<String> moved = paragraphs.remove(random.nextInt(paragraphs.size()));
        int to = random.nextInt(paragraphs.size() + 1);
        paragraphs.add(to, moved);
      }
      if (paragraphs.equals(before)) {
        // the moves put every paragraph back: a reordered copy must differ
        paragraphs.add(0, paragraphs.remove(1));
      }
    }
    if (kinds.contains(CopyKind.TRIMMED) && paragraphs.size() > 1) {
      int cut = Math.max(1, (int) Math.round(paragraphs.size() * (0.2 + 0.3 * random.nextDouble())));
      paragraphs = new ArrayList<>(paragraphs.subList(0, Math.max(1, paragraphs.size() - cut)));
    }
    if (kinds.contains(CopyKind.HEADLINE)) {
      title = HEADLINES.get(random.nextInt(HEADLINES.size())) + title.toLowerCase(Locale.ROOT);
    }
    List<String> joined = new ArrayList<>();
    for (List<String> p : paragraphs) {
      joined.add(String.join(" ", p));
    }
    String text = String.join("\n\n", joined);
    if (kinds.contains(CopyKind.WIRE_PREFIX)) {
      text = DATELINES.get(random.nextInt(DATELINES.size())) + text;
    }
    return new Article(id, day, title, text, "", "copy");
  }

  private static int[] pickSentence(List<List<String>> paragraphs, SplittableRandom random) {
    int p = random.nextInt(paragraphs.size());
    return new int[] {p, random.nextInt(paragraphs.get(p).size())};
  }

  /** Paragraphs as lists of sentences (mutable). */
  static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    String[] blocks = text.strip().split("\\n\\s*\\n");
    if (blocks.length > 1) {
      for (String block : blocks) {
        List<String> sentences = sentences(block);
        if (!sentences.isEmpty()) {
          paragraphs.add(sentences);
        }
      }
      return paragraphs;
    }
    List<String> sentences = sentences(text);
    for (int i = 0; i < sentences.size(); i += 2) {
      paragraphs.add(new ArrayList<>(sentences.subList(i, Math.min(i + 2, sentences.size()))));
    }
    return paragraphs;
  }

  static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (!s.isEmpty()) {
        sentences.add(s);
      }
    }
    return sentences;
  }
}
