package org.vigil.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a request's time went, as a {@code Server-Timing} header (W3C Server Timing): the wait for
 * the {@link QueryGate} ({@code gate}), the store's query and the rows read ({@code store}), the
 * JSON made and written to bytes ({@code json}), in milliseconds. Issue 13's benchmark ({@code
 * vigil bench api-load}) reads it to say which part of an aggregate's latency to cut. The phases
 * of one request are kept in its context; the header is set before the body is written. Stateless.
 */
final class Timings {
  private Timings() {}

  static final String HEADER = "Server-Timing";
  private static final String KEY = "vigil.timings";

  /** Adds {@code nanos} to the phase {@code name} of this request and sets the header again. */
  static void add(Context ctx, String name, long nanos) {
    @SuppressWarnings("unchecked")
    Map<String, Long> phases = (Map<String, Long>) ctx.attribute(KEY);
    if (phases == null) {
      phases = new LinkedHashMap<>();
      ctx.attribute(KEY, phases);
    }
    phases.merge(name, nanos, Long::sum);
    ctx.header(HEADER, header(phases));
  }

  /** {@code gate;dur=0.012, store;dur=41.300}: each phase in milliseconds, three decimals. */
  static String header(Map<String, Long> phases) {
    StringJoiner out = new StringJoiner(", ");
    phases.forEach((name, nanos) -> out.add(name + ";dur=" + String.format(Locale.ROOT, "%.3f", nanos / 1e6)));
    return out.toString();
  }
}
