package org.vigil.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The service's meters, in Prometheus's text format at {@code /metrics}: articles ingested and
 * events stored (counters: their rate is the ingest rate), the coding latency (a timer per
 * article), the intake queue's depth (a gauge), and errors by kind (a counter per kind: rejected
 * articles, failed stores, refused requests). Thread-safe (Micrometer's meters are). Public only so that
 * the intake and the API share one ({@link Backend}).
 */
public final class ServerMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter ingested;
  private final Counter events;
  private final Timer coding;
  private final Timer storing;
  private final Timer watches;

  public ServerMetrics() {
    ingested = Counter.builder("vigil.articles.ingested").description("Articles coded and stored")
        .register(registry);
    events = Counter.builder("vigil.events.stored").description("Events stored with the articles ingested")
        .register(registry);
    coding = Timer.builder("vigil.coding").description("Time to code one article (analysis and coding)")
        .publishPercentiles(0.5, 0.95).register(registry);
    storing = Timer.builder("vigil.storing").description("Time to store one coded article (its transaction;"
        + " one heavy read at a time meanwhile, none with server.reads-while-storing=false)").publishPercentiles(0.5, 0.95)
        .register(registry);
    watches = Timer.builder("vigil.watches.evaluation").description("Time to evaluate every watch (at start and"
        + " after ingest runs)").register(registry);
  }

  /** One evaluation of the watches, of {@code nanos}. */
  void watchesEvaluated(long nanos) {
    watches.record(java.time.Duration.ofNanos(nanos));
  }

  /** Reports the depth of {@code queue} as the gauge {@code vigil_queue_depth}. */
  <T> void queueDepth(T queue, ToDoubleFunction<T> depth) {
    Gauge.builder("vigil.queue.depth", queue, depth).description("Articles waiting to be coded")
        .register(registry);
  }

  void stored(int eventCount) {
    ingested.increment();
    events.increment(eventCount);
  }

  <T> T timeCoding(Supplier<T> work) {
    return coding.record(Objects.requireNonNull(work, "work"));
  }

  <T> T timeStoring(Supplier<T> work) {
    return storing.record(Objects.requireNonNull(work, "work"));
  }

  /** One error of {@code kind}: {@code rejected} (an article), {@code store}, or a request's error code. */
  void error(String kind) {
    Counter.builder("vigil.errors").description("Errors by kind").tag("kind", kind).register(registry).increment();
  }

  void requestError(String code) {
    error("request_" + code);
  }

  /** Every meter in Prometheus's text format. */
  String scrape() {
    return registry.scrape();
  }
}
