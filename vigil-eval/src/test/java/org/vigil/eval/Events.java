package org.vigil.eval;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

/** Builds {@link CodedEvent}s from core records for tests; only the fields the scorers read vary. */
final class Events {
  private String source;
  private String sourceText = "";
  private String target;
  private String targetText = "";
  private String cameo;
  private String ploverType = "CONSULT";
  private String mode;
  private double confidence = 0.5;
  private boolean negated;
  private EventDate date = EventDate.ofArticle(LocalDate.of(2000, 1, 1));
  private Location location;

  private Events(String source, String target, String cameo) {
    this.source = source;
    this.target = target;
    this.cameo = cameo;
  }

  /** An event with these codes; {@code target} may be null. */
  static Events event(String source, String target, String cameo) {
    return new Events(source, target, cameo);
  }

  /** A PLOVER-typed event between two placeholder actors. */
  static Events plover(String type) {
    return new Events("XXX", null, "040").type(type);
  }

  Events type(String type) {
    this.ploverType = type;
    return this;
  }

  Events mode(String mode) {
    this.mode = mode;
    return this;
  }

  Events confidence(double confidence) {
    this.confidence = confidence;
    return this;
  }

  Events negated() {
    this.negated = true;
    return this;
  }

  Events date(EventDate date) {
    this.date = date;
    return this;
  }

  Events location(Location location) {
    this.location = location;
    return this;
  }

  Events source(String code, String text) {
    this.source = code;
    this.sourceText = text;
    return this;
  }

  Events target(String code, String text) {
    this.target = code;
    this.targetText = text;
    return this;
  }

  CodedEvent build() {
    return new CodedEvent("article", "event-" + cameo, date, actor(source, sourceText),
        target == null ? null : actor(target, targetText), cameo, cameo.substring(0, 2), 1, 1.0,
        new Plover(ploverType, mode, List.of()), negated, Modality.ASSERTED, location,
        new Evidence(0, "sentence", new int[] {0, 1}, null, null, "", List.of()), confidence);
  }

  private static ActorRef actor(String code, String text) {
    return new ActorRef(code, code.length() >= 3 ? code.substring(0, 3) : null, null, code, text, 0, 0, null, null);
  }

  /** A coder that returns fixed events per article id and nothing for other ids. */
  static Function<Article, List<CodedEvent>> coder(Map<String, List<Events>> byId) {
    return article -> byId.getOrDefault(article.id(), List.of()).stream().map(Events::build).toList();
  }

  /** A coder that returns these events for every article. */
  static Function<Article, List<CodedEvent>> always(Events... events) {
    return article -> Arrays.stream(events).map(Events::build).toList();
  }
}
