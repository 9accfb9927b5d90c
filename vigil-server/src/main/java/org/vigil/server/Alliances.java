package org.vigil.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.store.EventQuery;

/**
 * Alliances by code from the dictionaries: an organisation's dated memberships, as the coder
 * reads them ({@link ActorEntry.Organisation#membersOn}), for the {@code alliance} filter.
 * {@code CSTO} finds {@code IGOCSTO}. Stateless; the dictionaries are immutable.
 */
final class Alliances {
  private Alliances() {}

  /** The look-up for {@link Backend}: by code, with or without the {@code IGO} prefix. */
  static Function<String, Optional<EventQuery.Alliance>> of(Dictionaries dictionaries) {
    return code -> {
      String upper = code.toUpperCase(Locale.ROOT);
      ActorEntry entry = dictionaries.actors().byCode(upper);
      if (!(entry instanceof ActorEntry.Organisation) && !upper.startsWith("IGO")) {
        upper = "IGO" + upper;
        entry = dictionaries.actors().byCode(upper);
      }
      if (!(entry instanceof ActorEntry.Organisation org)) {
        return Optional.empty();
      }
      List<EventQuery.Membership> members = new ArrayList<>();
      for (ActorEntry.Membership m : org.members()) {
        members.add(new EventQuery.Membership(m.country(), m.range().from(), m.range().to()));
      }
      return Optional.of(new EventQuery.Alliance(org.code(), members));
    };
  }
}
