package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.VigilSettings;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * The running service over a DuckDB file in a home folder, with a coder that needs no CoreNLP:
 * the samples are coded at start (once: a restart finds them stored), the inbox is read, and a
 * stop leaves a store that passes its check.
 */
final class ServeIT {
  private static final Path SAMPLES = Path.of("../samples");
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger codedCount = new AtomicInteger();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private final CodingWorkers.ArticleCoder coder = a -> {
    codedCount.incrementAndGet();
    List<CodedEvent> events = List.of(Events.event(a, "ev-" + a.id()).date(a.date()).source("TJKGOV", "TJK")
        .target("KGZGOV", "KGZ").cameo("036", 1, 4).build());
    return events;
  };

  private Serve start(Path home) {
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(),
        "VIGIL_SERVER_PORT", "0", "VIGIL_SERVER_WRITE_TOKEN", "w", "VIGIL_THREADS", "1"), Map.of());
    return Serve.start(settings, new Serve.Options(SAMPLES, coder, Duration.ofMillis(100), 100),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private JsonNode get(Serve serve, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(serve.uri() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }

  private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 20 s: " + what);
      }
      Thread.sleep(50);
    }
  }

  private int hits(Serve serve, String q) {
    try {
      return get(serve, "/search?q=" + q).get("hits").size();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private long articles(Serve serve) {
    try {
      return get(serve, "/health").get("store").get("articles").asLong();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSamplesAreCodedOnceAndTheInboxIsRead(@TempDir Path home) throws Exception {
    long samples;
    try (java.util.stream.Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertThat(samples).isPositive();
    try (Serve serve = start(home)) {
      assertThat(serve.engineLoaded()).isTrue();
      await("the samples stored", () -> articles(serve) == samples);
      assertThat(get(serve, "/events?country=TJK").get("events")).hasSize((int) samples);
      Files.writeString(home.resolve("inbox/new.txt"), "date 2022-02-01\nKyrgyz and Tajik border guards met in Chorkuh"
          + " on Monday to settle the dispute over the water intake.\n");
      Files.writeString(home.resolve("inbox/undated.txt"), "no date line here\nJust text.\n");
      await("the inbox article stored", () -> articles(serve) == samples + 1);
      // indexed just after its commit: on a loaded machine the search may be a moment behind the store
      await("the inbox article searchable", () -> hits(serve, "Chorkuh") == 1);
      String out = log.toString(StandardCharsets.UTF_8);
      assertThat(out).contains("vigil: serving " + serve.uri()).contains(samples + " sample articles from ../samples queued");
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("vigil: stopped; the store is closed");
    int codedBefore = codedCount.get();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(home.resolve("vigil.duckdb")).asReadOnly())) {
      assertThat(store.check().ok()).isTrue();
      assertThat(store.articleCount()).isEqualTo(samples + 1);
      assertThat(store.rejectionCount()).isEqualTo(1); // the undated file, a dead letter
    }
    // again: the samples and the inbox file are stored already, nothing is coded twice
    try (Serve again = start(home)) {
      Thread.sleep(500); // two inbox polls
      assertThat(articles(again)).isEqualTo(samples + 1);
      assertThat(get(again, "/search?q=Chorkuh").get("hits")).hasSize(1);
    }
    assertThat(codedCount.get()).isEqualTo(codedBefore);
  }

  @Test
  void stoppingFinishesTheArticleInHandAndDropsTheQueued(@TempDir Path home) throws Exception {
    java.util.concurrent.CountDownLatch inHand = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    CodingWorkers.ArticleCoder slow = a -> {
      inHand.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return coder.code(a);
    };
    VigilSettings settings = VigilSettings.load(null, Map.of("VIGIL_HOME", home.toString(),
        "VIGIL_SERVER_PORT", "0", "VIGIL_THREADS", "1"), Map.of());
    Serve serve = Serve.start(settings, new Serve.Options(null, slow, Duration.ofSeconds(10), 100),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    for (int i = 0; i < 5; i++) {
      serve.intake().submit(new Article("q" + i, Events.DAY, "", "Article number " + i + " of the queue.", "", ""));
    }
    inHand.await();
    Thread stopper = new Thread(serve::close);
    stopper.start();
    Thread.sleep(200);
    assertThat(serve.intake().submit(new Article("late", Events.DAY, "", "Too late.", "", ""))).isFalse();
    release.countDown();
    stopper.join(20_000);
    assertThat(stopper.isAlive()).isFalse();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(home.resolve("vigil.duckdb")).asReadOnly())) {
      assertThat(store.check().ok()).isTrue();
      // the run in hand (up to two articles with one thread) is stored whole; the rest was dropped
      assertThat(store.articleCount()).isBetween(1L, 2L);
      assertThat(store.eventCount()).isEqualTo(store.articleCount());
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("queued articles were not coded");
  }
}
