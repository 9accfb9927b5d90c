package org.vigil.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.pipeline.VigilSettings;
import org.vigil.server.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil serve}: the API over the store in the home folder, the samples coded at start, the
 * inbox watched; runs until Ctrl-C or SIGTERM, then stops cleanly (a shutdown hook: no new
 * requests, the articles in hand finished and committed, the store closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the REST API (docs/API.md) over the store in the home folder, coding the sample articles"
        + " at start when the store lacks them and every article put in HOME/inbox; runs until Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "N", description = "The port (default: the setting server.port, 8080; 0 for any free one).")
  Integer port;

  @Option(names = "--home", paramLabel = "DIR", description = "The home folder: store, index, inbox (default: the setting home, $VIGIL_HOME, else vigil-data).")
  Path home;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: vigil.duckdb in the home folder).")
  Path db;

  @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Sample articles coded at start when the store lacks them (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--no-samples", description = "Code no samples (nor the replay corpus) at start.")
  boolean noSamples;

  @Option(names = "--replay", paramLabel = "DIR", defaultValue = "replay", description = "Dated articles coded after the samples, in date order, when the store lacks them: the seed scenario (default: ${DEFAULT-VALUE}).")
  Path replay;

  @Option(names = "--from", paramLabel = "kafka://HOST:PORT/TOPIC",
      description = "Also store the articles `vigil stream` coded, read from its coded topic (vigil-coded; docs/STREAM.md).")
  String from;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new LinkedHashMap<>();
    if (port != null) {
      flags.put("server.port", port.toString());
    }
    if (home != null) {
      flags.put("home", home.toString());
    }
    if (db != null) {
      flags.put("store.path", db.toString());
    }
    VigilSettings settings = Wiring.settings(spec, flags);
    org.vigil.stream.KafkaUri source = from == null ? null : StreamCommand.uri(spec, from);
    Serve serve = Serve.start(settings, Serve.Options.of(noSamples ? null : samples, noSamples ? null : replay), System.err);
    AutoCloseable drain = source == null ? () -> { } : StreamCommand.drainInto(serve, source, System.err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        StreamCommand.close(drain, System.err); // the stream's articles stop coming before the store closes
        serve.close();
      } finally {
        stopped.countDown();
      }
    }, "vigil-stop"));
    // the URL alone on standard output, for scripts; progress goes to standard error
    System.out.println(serve.uri());
    System.out.flush();
    stopped.await();
    return Main.OK;
  }
}
