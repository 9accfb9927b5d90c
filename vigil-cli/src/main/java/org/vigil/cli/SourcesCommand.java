package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Callable;
import org.vigil.core.article.Article;
import org.vigil.core.text.Visible;
import org.vigil.ingest.Rejection;
import org.vigil.ingest.source.FetchOutcome;
import org.vigil.ingest.source.FetchRecord;
import org.vigil.ingest.source.Fetcher;
import org.vigil.ingest.source.SourceScheduler;
import org.vigil.ingest.source.SourceSink;
import org.vigil.ingest.source.SourceSpec;
import org.vigil.ingest.source.SourceState;
import org.vigil.pipeline.VigilSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vigil sources}: polls the live sources (issue 13) and prints each new article as a JSON
 * line in the form the readers take, so that {@code vigil sources | vigil ingest -} codes and
 * stores them; fetches that fail and items rejected go to standard error.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "Poll the live sources (the settings file's sources: list, and those given here) and print each new "
        + "article as a JSON line (id, date, title, text, url, source) for 'vigil ingest -'; failed fetches and "
        + "rejected items go to standard error (docs/RELIABILITY.md).")
final class SourcesCommand implements Callable<Integer> {
  @Option(names = "--rss", paramLabel = "URL", description = "An RSS feed to poll (repeatable).")
  List<String> rss = new ArrayList<>();

  @Option(names = "--atom", paramLabel = "URL", description = "An Atom feed to poll (repeatable).")
  List<String> atom = new ArrayList<>();

  @Option(names = "--page", paramLabel = "URL", description = "An article page to poll (repeatable).")
  List<String> page = new ArrayList<>();

  @Option(names = "--folder", paramLabel = "DIR", description = "A folder of seed and JSON Lines files to watch (repeatable).")
  List<Path> folder = new ArrayList<>();

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m",
      description = "Time between polls of the sources given here: 90s, 15m, 2h (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--watch", description = "Keep polling each source on its schedule until stopped (default: poll each once).")
  boolean watch;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    VigilSettings settings = Wiring.settings(spec, null, null, null, null);
    List<SourceSpec> sources;
    try {
      sources = sources(settings);
    } catch (IllegalArgumentException e) {
      System.err.println("vigil sources: " + e.getMessage());
      return Main.USAGE;
    }
    if (sources.isEmpty()) {
      System.err.println("vigil sources: no sources: list them under sources: in the settings file "
          + "(docs/configuration.md) or give --rss, --atom, --page or --folder");
      return Main.USAGE;
    }
    try (Fetcher fetcher = new Fetcher(settings.fetchConfig())) {
      return run(settings, sources, fetcher, Output.stdout(), System.err);
    }
  }

  /** The settings file's sources, then those given on the command line. */
  List<SourceSpec> sources(VigilSettings settings) {
    List<SourceSpec> all = new ArrayList<>(settings.sources());
    Duration every = VigilSettings.interval(interval);
    add(all, "rss", SourceSpec.Kind.RSS, rss, every);
    add(all, "atom", SourceSpec.Kind.ATOM, atom, every);
    add(all, "page", SourceSpec.Kind.HTML, page, every);
    add(all, "folder", SourceSpec.Kind.FOLDER, folder.stream().map(Path::toString).toList(), every);
    return all;
  }

  private static void add(List<SourceSpec> all, String prefix, SourceSpec.Kind kind, List<String> locations, Duration every) {
    for (int i = 0; i < locations.size(); i++) {
      all.add(new SourceSpec(prefix + "-" + (i + 1), kind, locations.get(i), every, ""));
    }
  }

  /**
   * Polls each source once (or, with {@code --watch}, until the process is stopped), writing each
   * new article to {@code out}. Exit 0 when every source answered and no item was rejected, else
   * 1.
   */
  int run(VigilSettings settings, List<SourceSpec> sources, Fetcher fetcher, Output out, PrintStream err)
      throws InterruptedException {
    Printer printer = new Printer(out, err);
    ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "vigil-sources");
      t.setDaemon(true);
      return t;
    });
    try (SourceScheduler scheduler = new SourceScheduler(settings.sourceConfig(), fetcher, executor,
        InstantSource.system(), printer)) {
      if (watch) {
        sources.forEach(scheduler::add);
        new CountDownLatch(1).await(); // until the process is stopped (Ctrl-C, SIGTERM)
        return Main.OK;
      }
      sources.forEach(scheduler::addUnscheduled);
      int failed = 0;
      for (SourceSpec s : sources) {
        SourceState state = scheduler.poll(s.id());
        if (state.errors() > 0) {
          failed++;
        }
      }
      err.println("vigil: " + printer.articles + " articles from " + sources.size() + " sources, "
          + printer.rejected + " rejected, " + failed + " sources failed");
      return failed > 0 || printer.rejected > 0 ? Main.SOME_REJECTED : Main.OK;
    } finally {
      executor.shutdownNow();
    }
  }

  /** Writes articles as JSON lines and tells failures on standard error; one source at a time. */
  private static final class Printer implements SourceSink {
    private final ObjectMapper mapper = new ObjectMapper();
    private final Output out;
    private final PrintStream err;
    long articles;
    long rejected;

    Printer(Output out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public synchronized void article(SourceSpec source, Article a) {
      ObjectNode o = mapper.createObjectNode();
      o.put("id", a.id()).put("date", a.date().toString()).put("title", a.title()).put("text", a.text())
          .put("url", a.url()).put("source", a.source());
      out.write(o.toString() + "\n");
      articles++;
    }

    @Override
    public synchronized void rejected(SourceSpec source, Rejection r) {
      rejected++;
      Runs.tellRejected(err, r.record(), r.reason());
    }

    @Override
    public synchronized void fetched(SourceSpec source, FetchRecord r) {
      if (r.outcome() != FetchOutcome.OK && r.outcome() != FetchOutcome.NOT_MODIFIED) {
        err.println("vigil: source " + source.id() + ": " + Visible.of(r.toString()));
      }
    }
  }
}
