package org.vigil.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigil.core.article.Article;

/**
 * Article gold: every event a human coder found in one news article (the VOA gold of issue 11). The
 * gold line need not hold the text: {@link GoldSet#withCorpus} joins it by id to an article read
 * from a corpus file, and a record left without a text is skipped. Immutable and thread-safe.
 *
 * @param id non-blank article id
 * @param date the article date
 * @param text the article text; blank until joined to a corpus article when the line has none
 * @param article the corpus article (title, URL, source), or null when the line's own text is used
 * @param events the gold events, possibly none
 * @param origin {@code file:line}
 */
public record ArticleGold(String id, LocalDate date, String text, Article article, List<Event> events, String origin)
    implements GoldRecord {

  public ArticleGold {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    text = text == null ? "" : text;
    events = List.copyOf(events);
    origin = origin == null ? "" : origin;
  }

  /** Whether the record has a text to code: its own or its corpus article's. */
  public boolean hasText() {
    return article != null || !text.isBlank();
  }

  /** The same gold joined to {@code corpusArticle}, whose text and date the coder sees. */
  public ArticleGold withArticle(Article corpusArticle) {
    return new ArticleGold(id, date, corpusArticle.text(), corpusArticle, events, origin);
  }

  @Override
  public Article toArticle() {
    return article != null ? article : GoldRecord.super.toArticle();
  }

  /**
   * One gold event of an article.
   *
   * @param sentence the sentence that reports it, as written
   * @param trigger the word(s) that express it, or null
   * @param source who acted, or null when the text says nothing about it
   * @param target whom it was done to, or null
   * @param plover PLOVER type (upper case, current names), or null
   * @param cameo CAMEO code, or null
   * @param modality the gold modality (lower case: asserted, future, alleged, negated, ...)
   * @param eventDate the event's date
   * @param granularity day, week, month, year, decade, century or article (lower case)
   * @param place where it happened, or null
   * @param note the coder's note, or null
   */
  public record Event(String sentence, String trigger, Actor source, Actor target, String plover, String cameo,
      String modality, LocalDate eventDate, String granularity, Place place, String note) {

    public Event {
      sentence = sentence == null ? "" : sentence;
      Objects.requireNonNull(eventDate, "date");
      modality = modality == null ? "asserted" : modality.strip().toLowerCase(java.util.Locale.ROOT);
      granularity = granularity == null ? "day" : granularity.strip().toLowerCase(java.util.Locale.ROOT);
      plover = PloverTypes.normalise(plover);
      cameo = cameo == null ? null : cameo.strip();
    }
  }

  /**
   * A gold actor.
   *
   * @param text the actor's words
   * @param code CAMEO-style code ({@code RUSMIL}, {@code IGONAT}, {@code TALIBAN})
   * @param country ISO-3 country where the code does not start with it, or null
   */
  public record Actor(String text, String code, String country) {}

  /**
   * A gold place.
   *
   * @param name the place's name
   * @param country ISO-3 country, or null
   * @param admin1 first-level region, or null
   */
  public record Place(String name, String country, String admin1) {}
}
