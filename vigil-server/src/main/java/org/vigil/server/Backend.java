package org.vigil.server;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigil.core.store.EventQuery;
import org.vigil.pipeline.correction.DictionarySet;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreReads;

/**
 * What the API serves from: the store, its full-text index, the intake that codes new articles,
 * the alliances the {@code alliance} filter knows, whether the engine is loaded, and the meters.
 * The API reads and submits; it closes none of them ({@link Serve} does). Immutable; its parts are
 * thread-safe, as the API calls them from Jetty's request threads.
 *
 * @param alliances an organisation's memberships by its code ({@code IGOCSTO} or {@code CSTO}), or
 *     empty when the dictionaries have no such organisation
 * @param engineLoaded whether the intake codes yet (CoreNLP loads for ~20 s after start)
 * @param engineProblem why the engine could not be loaded, or null while it loads or once it has
 * @param sources the live sources ({@code /sources}); {@link LiveSources#none()} for none
 * @param monitoring the watches and their alerts (issue 14)
 * @param alertStream the clients of {@code /alerts/stream}
 * @param dictionaries the dictionaries in force, loaded when first asked: corrections are checked
 *     against them, suggestions derived from them and phrases explained with them (issue 14)
 */
public record Backend(DuckDbEventStore store, ArticleIndex index, ArticleIntake intake,
    Function<String, Optional<EventQuery.Alliance>> alliances, BooleanSupplier engineLoaded,
    Supplier<String> engineProblem, ServerMetrics metrics, LiveSources sources, Monitoring monitoring,
    AlertStream alertStream, Supplier<DictionarySet> dictionaries) {

  /** A backend with the built-in dictionaries, loaded when first asked. */
  public Backend(DuckDbEventStore store, ArticleIndex index, ArticleIntake intake,
      Function<String, Optional<EventQuery.Alliance>> alliances, BooleanSupplier engineLoaded,
      Supplier<String> engineProblem, ServerMetrics metrics, LiveSources sources, Monitoring monitoring,
      AlertStream alertStream) {
    this(store, index, intake, alliances, engineLoaded, engineProblem, metrics, sources, monitoring, alertStream,
        DictionarySet.builtin());
  }

  /**
   * A backend without live sources ({@code /sources} is empty and adding one answers 503), whose
   * watches (the built-in ones) and alerts are kept in memory, with no webhooks.
   */
  public Backend(DuckDbEventStore store, ArticleIndex index, ArticleIntake intake,
      Function<String, Optional<EventQuery.Alliance>> alliances, BooleanSupplier engineLoaded,
      Supplier<String> engineProblem, ServerMetrics metrics) {
    this(store, index, intake, alliances, engineLoaded, engineProblem, metrics, LiveSources.none());
  }

  /** A backend with live sources, whose watches (the built-in ones) and alerts are kept in memory. */
  public Backend(DuckDbEventStore store, ArticleIndex index, ArticleIntake intake,
      Function<String, Optional<EventQuery.Alliance>> alliances, BooleanSupplier engineLoaded,
      Supplier<String> engineProblem, ServerMetrics metrics, LiveSources sources) {
    this(store, index, intake, alliances, engineLoaded, engineProblem, metrics, sources, new AlertStream());
  }

  /** A backend without live sources, with the given watches and alerts. */
  public Backend(DuckDbEventStore store, ArticleIndex index, ArticleIntake intake,
      Function<String, Optional<EventQuery.Alliance>> alliances, BooleanSupplier engineLoaded,
      Supplier<String> engineProblem, ServerMetrics metrics, Monitoring monitoring, AlertStream alertStream) {
    this(store, index, intake, alliances, engineLoaded, engineProblem, metrics, LiveSources.none(), monitoring,
        alertStream);
  }

  private Backend(DuckDbEventStore store, ArticleIndex index, ArticleIntake intake,
      Function<String, Optional<EventQuery.Alliance>> alliances, BooleanSupplier engineLoaded,
      Supplier<String> engineProblem, ServerMetrics metrics, LiveSources sources, AlertStream stream) {
    this(store, index, intake, alliances, engineLoaded, engineProblem, metrics, sources,
        new Monitoring(store, alliances, Monitoring.lazyGazetteer(), new WatchBook(null, java.util.List.of()),
            new AlertBook(null), new org.vigil.monitor.alert.Alerting(
                org.vigil.monitor.alert.Alerting.Rules.defaults(), java.time.InstantSource.system()),
            java.time.InstantSource.system(), java.util.List.of(stream)), stream);
  }

  public Backend {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(alliances, "alliances");
    Objects.requireNonNull(engineLoaded, "engineLoaded");
    Objects.requireNonNull(engineProblem, "engineProblem");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(monitoring, "monitoring");
    Objects.requireNonNull(alertStream, "alertStream");
    Objects.requireNonNull(dictionaries, "dictionaries");
  }

  /** The alliances of the dictionaries. */
  public static Function<String, Optional<EventQuery.Alliance>> alliancesOf(
      org.vigil.coding.dictionary.Dictionaries dictionaries) {
    return Alliances.of(dictionaries);
  }

  StoreReads reads() {
    return new StoreReads(store);
  }
}
