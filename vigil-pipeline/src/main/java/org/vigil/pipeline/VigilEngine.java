package org.vigil.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.Locator;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.geo.PlaceFinder;
import org.vigil.nlp.CoreNlpAnnotator;

/**
 * Vigil's coding engine: an article in, its coded events out (analyse with CoreNLP as the
 * triage asks, code with the dictionaries, place with the gazetteer). Built only by {@link
 * EngineFactory}, so the command line, the evaluation, the benchmarks, the server and the stream
 * code the same article into the same events.
 *
 * <p>Thread-safe: every part is, and one engine serves all workers.
 */
public final class VigilEngine {
  private final EngineConfig config;
  private final String fingerprint;
  private final Dictionaries dictionaries;
  private final CoreNlpAnnotator annotator;
  private final EventCoder coder;
  private final EventCoder coderWithoutPlaces;
  private final PlaceFinder places;
  private final Locator locator;
  private final java.util.function.Function<Dictionaries, EventCoder> coders;

  VigilEngine(EngineConfig config, String fingerprint, Dictionaries dictionaries, CoreNlpAnnotator annotator,
      PlaceFinder places, Locator locator, java.util.function.Function<Dictionaries, EventCoder> coders,
      EventCoder coderWithoutPlaces) {
    this.config = Objects.requireNonNull(config, "config");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.places = places;
    this.locator = locator;
    this.coders = coders;
    this.coder = coders.apply(dictionaries);
    this.coderWithoutPlaces = Objects.requireNonNull(coderWithoutPlaces, "coderWithoutPlaces");
  }

  /** The events of {@code article}, in sentence order. */
  public List<CodedEvent> code(Article article) {
    return coder.code(annotator.annotate(article));
  }

  /** The article as the coder sees it: analysed as far as the triage asks. */
  public AnnotatedArticle annotate(Article article) {
    return annotator.annotate(article);
  }

  /** The events of an article already analysed (by {@link #annotate} or a fixed annotator). */
  public List<CodedEvent> code(AnnotatedArticle article) {
    return coder.code(article);
  }

  /**
   * The same engine with other coding rules (a PETRARCH record's own {@code require_dyad} and
   * comma options): the analysis is shared, the coder is new.
   */
  public VigilEngine withRules(CodingRules rules) {
    if (rules.equals(dictionaries.rules())) {
      return this;
    }
    Dictionaries d = new Dictionaries(dictionaries.actors(), dictionaries.verbs(), dictionaries.cameo(), rules);
    return new VigilEngine(config, fingerprint, d, annotator, places, locator, coders, coderWithoutPlaces);
  }

  public EngineConfig config() {
    return config;
  }

  /** A SHA-256 of the settings and the dictionaries' content, as hex: equal engines, equal fingerprints. */
  public String fingerprint() {
    return fingerprint;
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  /** The analysis, with its counters (for {@code vigil bench}). */
  public CoreNlpAnnotator annotator() {
    return annotator;
  }

  /** The coder, placing events as the config says. */
  public EventCoder coder() {
    return coder;
  }

  /** The same coder without the gazetteer: what the triage runs, and the bench's comparison. */
  public EventCoder coderWithoutPlaces() {
    return coderWithoutPlaces;
  }

  /** The gazetteer's place finder, when events are placed. */
  public Optional<PlaceFinder> placeFinder() {
    return Optional.ofNullable(places);
  }

  /** The locator that places events, when they are placed. */
  public Optional<Locator> locator() {
    return Optional.ofNullable(locator);
  }

  @Override
  public String toString() {
    return "VigilEngine" + config.settings() + " " + fingerprint.substring(0, 12);
  }
}
