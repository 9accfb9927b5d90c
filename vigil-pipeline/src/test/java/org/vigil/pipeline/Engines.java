package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;

/** The engines the integration tests share, built once per JVM as the commands build them. */
final class Engines {
  /** The default engine: built-in dictionaries, selective analysis, the gazetteer. */
  static final VigilEngine SELECTIVE = EngineFactory.create();

  private static VigilEngine full;

  private Engines() {}

  /** The same with every annotator on every sentence. */
  static synchronized VigilEngine full() {
    if (full == null) {
      full = EngineFactory.create(EngineConfig.defaults().withAnalysis(EngineConfig.Analysis.FULL));
    }
    return full;
  }

  /**
   * The events asserted, each as "CAMEO SOURCE -> TARGET" ("-" for none): what the coder's
   * integration tests compare.
   */
  static List<String> keys(List<CodedEvent> events) {
    return events.stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())).toList();
  }

  /**
   * The one date of the events {@code text}, dated {@code articleDate}, codes with {@code trigger}
   * as their trigger word (the date ITs' question); fails unless they have exactly one date.
   */
  static EventDate dateOf(String idPrefix, LocalDate articleDate, String text, String trigger) {
    List<CodedEvent> events = SELECTIVE.code(new Article(idPrefix + Integer.toHexString(text.hashCode()),
        articleDate, "Story", text, "", "test"));
    List<EventDate> dates = events.stream()
        .filter(e -> text.substring(e.evidence().trigger()[0]).startsWith(trigger))
        .map(CodedEvent::date)
        .distinct()
        .toList();
    assertThat(dates).as("dates of the events triggered by \"" + trigger + "\" in " + events).hasSize(1);
    return dates.get(0);
  }

  /**
   * The one date of the events whose sentence starts with {@code sentenceStart} (the date ITs'
   * question for a story of several sentences); fails unless they have exactly one date.
   */
  static EventDate dateOfSentence(List<CodedEvent> events, String sentenceStart) {
    List<EventDate> dates = events.stream()
        .filter(e -> e.evidence().sentence().startsWith(sentenceStart))
        .map(CodedEvent::date)
        .distinct()
        .toList();
    assertThat(dates).as("dates of the events of \"" + sentenceStart + "\" in " + events).hasSize(1);
    return dates.get(0);
  }

  static ArticleReader reader() {
    return new ArticleReader(IngestConfig.defaults());
  }
}
