package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.store.StoreReads;

/**
 * Issue 13: killing the server ({@code kill -9}, {@link Process#destroyForcibly}) at any moment
 * loses no article it acknowledged and stores none twice. A {@link ServeKillTarget} process (the
 * service with a coder that needs no CoreNLP) is started on a fresh home, four clients post
 * articles to it ({@code POST /articles}, waiting for the commit), every fifth run an inbox file is
 * dropped as well, and once the run has acknowledged an article it is killed at a seeded random
 * moment up to 1.5 s later; 20 times, each run going on over the same home.
 * After every kill the store, opened read-only, holds every article whose POST was answered 201
 * or 200 (acknowledged), each content hash and event id once, and passes its check. A last run
 * re-posts what was never acknowledged: at the end every article is stored, once, with its events.
 */
final class ServeKillIT {
  static final String TOKEN = "kill-test";
  private static final int ARTICLES = 250;
  private static final int INBOX = 20;
  private static final int KILLS = 20;
  private static final int CLIENTS = 4;
  private static final long SEED = 13;
  private static final String[] PLACES = {"Batken", "Isfara", "Osh", "Vorukh", "Khujand", "Kulob", "Naryn", "Jalal-Abad"};
  private static final String[] TOPICS = {"the water intake", "the border posts", "grazing rights", "the road through the enclave",
      "the return of detained herders", "a joint patrol"};

  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) Path dir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * Clients that post the unacknowledged articles until there are none left or the server dies:
   * an article answered 201 or 200 is acknowledged, any other answer (or none) puts it back to
   * be posted again.
   */
  private List<Thread> clients(URI uri, AtomicBoolean dead, ConcurrentLinkedQueue<Integer> unacknowledged,
      Set<Integer> acknowledged, Map<Integer, Integer> statuses, AtomicInteger posts) {
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Thread t = new Thread(() -> {
        Integer i;
        while (!dead.get() && (i = unacknowledged.poll()) != null) {
          int status = post(uri, i);
          posts.incrementAndGet();
          statuses.merge(status, 1, Integer::sum);
          if (status == 201 || status == 200) {
            acknowledged.add(i);
          } else {
            unacknowledged.add(i); // posted again later: it may be stored already
            if (status == -1) {
              return;
            }
          }
        }
      }, "client-" + c);
      t.start();
      clients.add(t);
    }
    return clients;
  }

  /** A made-up article, its text unique by number. */
  static String body(int i) {
    String text = "Kyrgyz and Tajik officials met in " + PLACES[i % PLACES.length] + " for talks number " + i
        + " on " + TOPICS[i % TOPICS.length] + ", and agreed to meet again next month.";
    return "{\"id\": \"p" + i + "\", \"date\": \"" + java.time.LocalDate.of(2021, 1, 1).plusDays(i % 700)
        + "\", \"title\": \"Border talks " + i + "\", \"text\": \"" + text + "\"}";
  }

  private record Run(Process process, URI uri) {}

  private Run start(Path home, int round) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), ServeKillTarget.class.getName(), home.toString())
        .redirectError(dir.resolve("serve-" + round + ".err").toFile())
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String url = out.readLine();
    if (url == null) {
      p.destroyForcibly();
      throw new AssertionError("run " + round + " printed no URL: " + Files.readString(dir.resolve("serve-" + round + ".err")));
    }
    return new Run(p, URI.create(url.strip()));
  }

  /** Posts article {@code i}; returns the status, or -1 when the connection failed (the server died). */
  private int post(URI uri, int i) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/articles"))
          .timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body(i))).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** What one read of the store found. */
  private record Seen(Set<String> ids, long articles, long events, int doubledHashes, int doubledEvents, boolean checked) {}

  private static Seen read(Path db) {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db).asReadOnly())) {
      Set<String> ids = new HashSet<>();
      Set<String> hashes = new HashSet<>();
      int[] doubledHashes = {0};
      new StoreReads(store).eachArticle(a -> {
        ids.add(a.id());
        if (!hashes.add(a.contentHash())) {
          doubledHashes[0]++;
        }
      });
      Set<String> eventIds = new HashSet<>();
      int doubledEvents = 0;
      for (CodedEvent e : store.query(EventQuery.all(1_000_000))) {
        if (!eventIds.add(e.eventId())) {
          doubledEvents++;
        }
      }
      return new Seen(ids, store.articleCount(), store.eventCount(), doubledHashes[0], doubledEvents, store.check().ok());
    }
  }

  @Test
  void killedTwentyTimesTheServerLosesNoAcknowledgedArticleAndStoresNoneTwice() throws Exception {
    Path home = dir.resolve("home");
    Path db = home.resolve("vigil.duckdb");
    Random random = new Random(SEED);
    ConcurrentLinkedQueue<Integer> unacknowledged = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < ARTICLES; i++) {
      unacknowledged.add(i);
    }
    Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    AtomicInteger posts = new AtomicInteger();
    List<String> rounds = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int round = 0; round < KILLS; round++) {
      if (round % 5 == 2) { // now and then an inbox file as well: not acknowledged, but it must end stored once
        Files.createDirectories(home.resolve("inbox"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < INBOX; i++) {
          jsonl.append(body(ARTICLES + round * INBOX + i).replace("\"p", "\"f")).append('\n');
        }
        Files.writeString(home.resolve("inbox/drop-" + round + ".jsonl"), jsonl);
      }
      Run run = start(home, round);
      AtomicBoolean dead = new AtomicBoolean();
      int ackedBefore = acknowledged.size();
      List<Thread> clients = clients(run.uri(), dead, unacknowledged, acknowledged, statuses, posts);
      // kill while the ingest runs: once this run has acknowledged an article (or after 20 s), then
      // at a seeded moment up to 1.5 s later, when articles are being posted, coded and committed
      long waitUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (acknowledged.size() == ackedBefore && System.nanoTime() < waitUntil) {
        Thread.sleep(5);
      }
      long at = random.nextInt(1500);
      Thread.sleep(at);
      run.process().destroyForcibly(); // SIGKILL
      assertThat(run.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      dead.set(true);
      for (Thread t : clients) {
        t.join(70_000);
      }
      Set<Integer> acked = new HashSet<>(acknowledged);
      Seen seen = read(db);
      List<Integer> lost = acked.stream().filter(i -> !seen.ids().contains("p" + i)).sorted().toList();
      rounds.add("kill " + (round + 1) + " at " + at + " ms: " + acked.size() + " acknowledged, " + seen.articles()
          + " stored, lost " + lost.size() + ", doubled " + (seen.doubledHashes() + seen.doubledEvents()));
      assertThat(lost).as("acknowledged but not stored after kill %d", round + 1).isEmpty();
      assertThat(seen.doubledHashes()).as("content hashes stored twice").isZero();
      assertThat(seen.doubledEvents()).as("event ids stored twice").isZero();
      assertThat(seen.checked()).as("store check after kill %d", round + 1).isTrue();
    }
    // the last run: post again what was never acknowledged, let the inbox be read, stop cleanly
    Run last = start(home, KILLS);
    try {
      AtomicBoolean never = new AtomicBoolean();
      for (Thread t : clients(last.uri(), never, unacknowledged, acknowledged, statuses, posts)) {
        t.join();
      }
      int inboxFiles = (int) java.util.stream.IntStream.range(0, KILLS).filter(r -> r % 5 == 2).count();
      long want = ARTICLES + (long) inboxFiles * INBOX;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (health(last.uri()) < want && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    } finally {
      last.process().destroy(); // SIGTERM: a clean stop
      last.process().waitFor(60, TimeUnit.SECONDS);
      last.process().destroyForcibly();
    }
    Seen end = read(db);
    int inboxFiles = (int) java.util.stream.IntStream.range(0, KILLS).filter(r -> r % 5 == 2).count();
    Set<String> want = new HashSet<>();
    long wantEvents = 0;
    for (int i = 0; i < ARTICLES; i++) {
      want.add("p" + i);
      wantEvents += ServeKillTarget.eventsOf(article(i));
    }
    for (int r = 0; r < KILLS; r++) {
      if (r % 5 == 2) {
        for (int i = 0; i < INBOX; i++) {
          int n = ARTICLES + r * INBOX + i;
          want.add("f" + n);
          wantEvents += ServeKillTarget.eventsOf(article(n));
        }
      }
    }
    System.out.printf("ServeKillIT: %d kills in %.0f s; %d posts %s; %d articles acknowledged; %s; end: %d articles"
        + " (want %d), %d events (want %d), doubled %d, check %s%n", KILLS, (System.nanoTime() - t0) / 1e9, posts.get(),
        new java.util.TreeMap<>(statuses), acknowledged.size(), rounds, end.articles(), want.size(), end.events(),
        wantEvents, end.doubledHashes() + end.doubledEvents(), end.checked() ? "ok" : "FAILED");
    assertThat(acknowledged).hasSize(ARTICLES);
    assertThat(end.ids()).isEqualTo(want);
    assertThat(end.articles()).isEqualTo(ARTICLES + (long) inboxFiles * INBOX);
    assertThat(end.events()).isEqualTo(wantEvents);
    assertThat(end.doubledHashes() + end.doubledEvents()).isZero();
    assertThat(end.checked()).isTrue();
    assertThat(statuses).containsKey(-1); // some posts were cut by a kill
  }

  /** The article {@code i} as the server reads it (for its text's length, hence its events). */
  private static Article article(int i) {
    List<Article> read = new ArrayList<>();
    new org.vigil.ingest.ArticleReader(org.vigil.ingest.IngestConfig.defaults()).read(
        new java.io.ByteArrayInputStream(body(i).getBytes(StandardCharsets.UTF_8)), "t", read::add, r -> {
          throw new AssertionError(r.reason());
        });
    return read.get(0);
  }

  private long health(URI uri) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve("/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      return Json.MAPPER.readTree(r.body()).get("store").get("articles").asLong();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
