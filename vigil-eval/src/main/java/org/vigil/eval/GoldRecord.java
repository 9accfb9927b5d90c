package org.vigil.eval;

import java.time.LocalDate;
import org.vigil.core.article.Article;

/**
 * One gold record, in one of the six styles a gold file may mix line by line. Immutable and
 * thread-safe, as are all its implementations.
 */
public sealed interface GoldRecord permits PetrarchGold, PloverGold, GeoGold, MordecaiGold, EventReportGold, ArticleGold {

  /** The date used when a record gives none. */
  LocalDate DEFAULT_DATE = LocalDate.of(2000, 1, 1);

  /** Non-blank record id; becomes the article id. */
  String id();

  /** The article date. */
  LocalDate date();

  /** Non-blank text; becomes the article text. Article gold ({@link ArticleGold}) may be blank until joined to its corpus article. */
  String text();

  /** Where the record was read, as {@code file:line}. */
  String origin();

  /** The article the coder sees for this record: id, date and text, with the origin as source. */
  default Article toArticle() {
    return new Article(id(), date(), "", text(), "", origin());
  }
}
