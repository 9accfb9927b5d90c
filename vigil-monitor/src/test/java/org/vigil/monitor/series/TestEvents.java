package org.vigil.monitor.series;

import java.time.LocalDate;
import java.util.List;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

/** Coded events for the series tests, with the fields a watch reads. */
final class TestEvents {
  private TestEvents() {}

  static ActorRef actor(String code, String country) {
    return new ActorRef(code, country, null, code, code, 0, 1, List.of(), List.of());
  }

  static Location place(String name, String country) {
    return new Location(name, "city", country, null, 40.0, 45.0, null, "text", name, 0.8);
  }

  /** An asserted event of {@code cameo} (root its first two digits) with the given fields. */
  static CodedEvent event(String article, LocalDate day, ActorRef source, ActorRef target, String cameo, int quad,
      double goldstein, String plover, Location location, double confidence, boolean negated) {
    return new CodedEvent(article, article + "-" + cameo + "-" + day, EventDate.ofArticle(day), source, target, cameo,
        cameo.substring(0, 2), quad, goldstein, new Plover(plover, null, List.of()), negated, Modality.ASSERTED,
        location, new Evidence(0, "A made-up sentence.", new int[] {0, 1}, null, null, "test", List.of()), confidence);
  }

  static CodedEvent attack(String article, LocalDate day, String from, String to, Location location) {
    return event(article, day, actor(from + "MIL", from), actor(to + "MIL", to), "190", 4, -10, "ASSAULT", location,
        0.8, false);
  }

  static CodedEvent meeting(String article, LocalDate day, String from, String to) {
    return event(article, day, actor(from + "GOV", from), actor(to + "GOV", to), "040", 1, 1, "CONSULT", null, 0.6,
        false);
  }
}
