package org.vigil.coding.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Topic tags of a sentence from issue phrases (PETRARCH's issue coding, issue 3): each phrase names an
 * issue code ("REFUGEES", "ELECTIONS") that every event of a sentence holding it carries. A phrase is
 * a sequence of words, each with its alternative forms, matched on whole tokens ignoring case; an
 * exclusion ({@code ~a head start}) covers the tokens it matches, and no issue phrase overlapping
 * them counts. A word written as a noun ({@code n:train}) matches a token tagged as a noun only
 * ("the train", not "to train troops") when the tags are known. Immutable and thread-safe.
 */
public final class IssueTags {
  /** No issue phrases: every sentence has no issues. */
  public static final IssueTags NONE = new IssueTags(List.of());

  /**
   * One phrase.
   *
   * @param words for each word of the phrase, its forms in lower case; a form may hold spaces
   *     when it spans several tokens ("pre school")
   * @param nouns for each word, whether it must be a noun
   * @param code the issue code, or null for an exclusion
   */
  public record Phrase(List<List<String>> words, List<Boolean> nouns, String code) {
    public Phrase {
      words = words.stream().map(List::copyOf).toList();
      nouns = List.copyOf(nouns);
      if (words.isEmpty() || nouns.size() != words.size()) {
        throw new IllegalArgumentException("an issue phrase needs a word, and a noun flag for each");
      }
    }

    /** A phrase with no word restricted to nouns. */
    public Phrase(List<List<String>> words, String code) {
      this(words, words.stream().map(w -> false).toList(), code);
    }
  }

  private final List<Phrase> phrases;

  public IssueTags(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  public boolean isEmpty() {
    return phrases.isEmpty();
  }

  /** The issue codes of a sentence's words, each once, in the order of their first phrase in the text. */
  public List<String> find(List<String> tokens) {
    return find(tokens, null);
  }

  /**
   * As {@link #find(List)}, with the tokens' Penn Treebank tags ({@code NN}, {@code VB}...), or null
   * when unknown: a word written as a noun then matches only a noun.
   */
  public List<String> find(List<String> tokens, List<String> tags) {
    if (phrases.isEmpty()) {
      return List.of();
    }
    List<String> lower = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    boolean[] excluded = new boolean[lower.size()];
    List<int[]> hits = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Phrase p : phrases) {
      for (int start = 0; start < lower.size(); start++) {
        int end = matchAt(p, lower, tags, start);
        if (end < 0) {
          continue;
        }
        if (p.code() == null) {
          for (int t = start; t < end; t++) {
            excluded[t] = true;
          }
        } else {
          hits.add(new int[] {start, end});
          codes.add(p.code());
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(hits.get(a)[0], hits.get(b)[0]));
    Set<String> out = new LinkedHashSet<>();
    for (int i : order) {
      boolean clear = true;
      for (int t = hits.get(i)[0]; t < hits.get(i)[1]; t++) {
        clear &= !excluded[t];
      }
      if (clear) {
        out.add(codes.get(i));
      }
    }
    return List.copyOf(out);
  }

  /** The token after the phrase when it matches from {@code start}, or -1. */
  private static int matchAt(Phrase p, List<String> tokens, List<String> tags, int start) {
    int t = start;
    for (int w = 0; w < p.words().size(); w++) {
      List<String> forms = p.words().get(w);
      boolean noun = p.nouns().get(w);
      int next = -1;
      for (String form : forms) {
        String[] parts = form.split(" ");
        if (t + parts.length > tokens.size()) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < parts.length && ok; k++) {
          ok = tokens.get(t + k).equals(parts[k]);
        }
        if (ok && noun && tags != null && !tags.get(t + parts.length - 1).startsWith("NN")) {
          ok = false;
        }
        if (ok) {
          next = Math.max(next, t + parts.length);
        }
      }
      if (next < 0) {
        return -1;
      }
      t = next;
    }
    return t;
  }
}
