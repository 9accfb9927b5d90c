package org.vigil.cli;

import java.time.LocalDate;
import org.vigil.core.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters {@code vigil events} and {@code vigil export} share, as one picocli mixin. */
final class EventFilterOptions {
  @Option(names = "--country", description = "ISO-3 country of the source or the target.")
  String country;

  @Option(names = "--actor", description = "Actor code prefix of the source or the target (RUS, IGOCSTO).")
  String actor;

  @Option(names = "--code", description = "CAMEO code prefix (02, 0233).")
  String code;

  @Option(names = "--from", description = "First date, YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", description = "Last date, YYYY-MM-DD.")
  LocalDate to;

  @Option(names = "--article", description = "Only this article's events.")
  String article;

  /** The query of these filters, at most {@code limit} events. */
  EventQuery query(int limit) {
    return new EventQuery(country, actor, code, from, to, article, limit);
  }
}
