package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * Stories and merged events through the API (issue 13): articles posted to a running server
 * (Javalin on port 0, a real HTTP client, an in-memory DuckDB store with the event merger, the
 * intake's story index, prepared events instead of CoreNLP) fold into stories, and their events
 * into merged events with GDELT's counts.
 */
final class StoriesIT {
  private static final String WRITE = "w-stories";
  private static final LocalDate JUL_9 = LocalDate.of(2021, 7, 9);
  private static final LocalDate JUL_10 = JUL_9.plusDays(1);

  /** A made-up wire report of ten sentences. */
  private static final String ORIGINAL = "Kyrgyz border troops fired on a Tajik army post near the village of Vorukh"
      + " on Friday morning, officials in Dushanbe said. The shooting began shortly after dawn and lasted for"
      + " about two hours before commanders on both sides agreed to a pause. Three Tajik soldiers were wounded and"
      + " taken to the district hospital in Isfara. The Kyrgyz defence ministry said its troops had answered fire"
      + " from the Tajik side and denied starting the clash. Residents of nearby villages said they heard heavy"
      + " machine guns and saw smoke over the hills. The border between the two countries has never been fully"
      + " marked, and water rights along the river remain disputed. Russian diplomats called both governments and"
      + " urged them to settle the matter through talks. A joint commission on the border is due to meet in"
      + " Batken next week. Local traders said the main road to the market had been closed by soldiers. Neither"
      + " government gave a figure for the number of troops moved to the area.";

  /** The same report as a second paper printed it: a new headline and one sentence rewritten. */
  private static final String COPY = ORIGINAL.replace("Residents of nearby villages said they heard heavy"
      + " machine guns and saw smoke over the hills.", "People living close to the frontier told reporters that"
      + " the gunfire could be heard all morning.");

  /** Another outlet's own report of the same clash: different words throughout. */
  private static final String INDEPENDENT = "A clash broke out on Friday at the disputed frontier between"
      + " Kyrgyzstan and Tajikistan, where Kyrgyz units shot at Tajik positions for roughly two hours, according"
      + " to a statement from the Tajik border service. The statement listed three injured servicemen. Bishkek"
      + " blamed Tajik forces for opening fire first. Talks by a joint commission are planned for the coming days.";

  private static final String UNRELATED = "The finance ministers of Kazakhstan and Uzbekistan signed a trade"
      + " agreement in Tashkent on Friday covering cotton, grain and rail freight. The deal lowers tariffs on"
      + " farm goods and sets up a joint office for customs checks at the main crossing. Both ministers said"
      + " trade between the two countries had doubled over five years and should double again.";

  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), java.time.InstantSource.system(),
      new MentionMerger(MergeConfig.defaults()));
  private final ArticleIndex index = ArticleIndex.inMemory();
  private final ServerMetrics metrics = new ServerMetrics();
  private final Map<String, List<CodedEvent>> coded = new ConcurrentHashMap<>();
  private final List<IngestLoop> loops = new ArrayList<>();
  private final IngestLoop intake = loop();
  private final VigilServer server = VigilServer.start(new ServerConfig("localhost", 0, "", WRITE, true),
      new Backend(store, index, intake, code -> Optional.empty(), () -> true, () -> null, metrics), "test");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void close() {
    server.close();
    loops.forEach(IngestLoop::close);
    index.close();
    store.close();
  }

  /** An intake over the store whose coder returns the events prepared for an article (none when not). */
  private IngestLoop loop() {
    IngestLoop loop = new IngestLoop(store, index, metrics, 100, null, StoryConfig.defaults());
    loop.start(a -> coded.getOrDefault(a.id(), List.of()), 1);
    loops.add(loop);
    return loop;
  }

  /** Prepares the events of an article: the clash (KGZMIL shoots at TJKMIL) and, optionally, Russia's call for talks. */
  private void clash(String articleId, boolean withCall) {
    Article a = new Article(articleId, JUL_9, "", "x", "", "");
    List<CodedEvent> events = new ArrayList<>();
    events.add(Events.event(a, articleId + "-clash").date(JUL_9).source("KGZMIL", "KGZ").target("TJKMIL", "TJK")
        .cameo("190", 4, -10).plover("ASSAULT").negated(false).sentence(0).trigger(20, 25).build());
    if (withCall) {
      events.add(Events.event(a, articleId + "-call").date(JUL_9).source("RUSGOV", "RUS").target("KGZGOV", "KGZ")
          .cameo("036", 1, 4).plover("CONSULT").negated(false).sentence(6).trigger(1040, 1046).build());
    }
    coded.put(articleId, events);
  }

  private static String article(String id, LocalDate date, String title, String text, String source) {
    return Json.MAPPER.createObjectNode().put("id", id).put("date", date.toString()).put("title", title)
        .put("text", text).put("source", source).toString();
  }

  private void post(String body) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/articles"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + WRITE));
    // acknowledged: stored and committed (201), or held already (200)
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  private JsonNode get(String pathAndQuery) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    return json(r.body());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private URI uri(String pathAndQuery) {
    return URI.create(server.uri() + pathAndQuery);
  }

  private static JsonNode json(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the intake did not finish in 20 s");
      }
      Thread.sleep(20);
    }
  }

  private static List<String> texts(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  /** The one merged event of the clash (the KGZMIL-TJKMIL dyad). */
  private JsonNode clashEvent() {
    JsonNode list = get("/merged-events?source=KGZMIL&target=TJKMIL&type=assault").get("merged_events");
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  /** Posts the original and waits, then its light rewrite and an unrelated article. */
  private void postOriginalCopyAndUnrelated() throws InterruptedException {
    clash("wire-1", true);
    clash("herald-1", true);
    Article trade = new Article("trade-1", JUL_10, "", "x", "", "");
    coded.put("trade-1", List.of(Events.event(trade, "trade-1-deal").date(JUL_10).source("KAZGOV", "KAZ")
        .target("UZBGOV", "UZB").cameo("057", 1, 8).plover("AGREE").negated(false).sentence(0).build()));
    post(article("wire-1", JUL_9, "Border troops exchange fire", ORIGINAL, "Wire"));
    await(() -> store.articleCount() == 1);
    post(article("herald-1", JUL_10, "Shooting on the Tajik frontier wounds three", COPY, "Herald"));
    post(article("trade-1", JUL_10, "Trade deal signed", UNRELATED, "Wire"));
    await(() -> store.articleCount() == 3 && intake.depth() == 0);
  }

  @Test
  void aRewriteJoinsTheStoryOfItsOriginalAndItsEventsTheSameMergedEvents() throws InterruptedException {
    assertThat(COPY).isNotEqualTo(ORIGINAL);
    postOriginalCopyAndUnrelated();

    JsonNode stories = get("/stories").get("stories");
    assertThat(stories).hasSize(2);
    JsonNode copied = get("/stories?min_articles=2").get("stories");
    assertThat(copied).hasSize(1);
    JsonNode story = copied.get(0);
    assertThat(story.get("article_count").asInt()).isEqualTo(2);
    assertThat(texts(story.get("articles"), "article_id")).containsExactly("wire-1", "herald-1");
    assertThat(story.get("articles").get(0).get("duplicate_of").isNull()).isTrue();
    assertThat(story.get("articles").get(1).get("duplicate_of").asText()).isEqualTo("wire-1");
    assertThat(story.get("articles").get(1).get("similarity").asDouble()).isBetween(0.4, 1.0);

    // three merged events: the clash and the call (each told by both copies) and the trade deal
    assertThat(get("/merged-events").get("merged_events")).hasSize(3);
    JsonNode clash = clashEvent();
    assertThat(clash.get("num_articles").asInt()).isEqualTo(1);
    assertThat(clash.get("num_mentions").asInt()).isEqualTo(1);
    assertThat(clash.get("num_sources").asInt()).isEqualTo(2);
    // the canonical mention is the first in the merger's order (date, then article id)
    assertThat(clash.get("event_id").asText()).isEqualTo("herald-1-clash");

    JsonNode withMentions = get("/events/" + clash.get("merged_id").asText());
    assertThat(withMentions.get("merged_id").asText()).isEqualTo(clash.get("merged_id").asText());
    assertThat(texts(withMentions.get("mentions"), "event_id")).containsExactly("herald-1-clash", "wire-1-clash");
    assertThat(texts(withMentions.get("mentions"), "story_id")).containsOnly(story.get("id").asText());

    JsonNode full = get("/stories/" + story.get("id").asText());
    assertThat(texts(full.get("articles"), "article_id")).containsExactly("wire-1", "herald-1");
    JsonNode call = get("/merged-events?source=RUSGOV&target=KGZGOV").get("merged_events").get(0);
    assertThat(texts(full.get("merged_events"), "merged_id")).containsExactlyInAnyOrder(
        clash.get("merged_id").asText(), call.get("merged_id").asText());
  }

  @Test
  void anotherOutletsOwnReportCountsAsAnotherArticleAndSource() throws InterruptedException {
    postOriginalCopyAndUnrelated();
    clash("gazette-1", false);
    post(article("gazette-1", JUL_10, "Frontier clash", INDEPENDENT, "Gazette"));
    await(() -> store.articleCount() == 4 && intake.depth() == 0);

    assertThat(get("/stories").get("stories")).hasSize(3);
    JsonNode clash = clashEvent();
    assertThat(clash.get("num_articles").asInt()).isEqualTo(2);
    assertThat(clash.get("num_mentions").asInt()).isEqualTo(2);
    assertThat(clash.get("num_sources").asInt()).isEqualTo(3);
    assertThat(clash.get("first_date").asText()).isEqualTo("2021-07-09");

    JsonNode mentions = get("/events/" + clash.get("merged_id").asText()).get("mentions");
    assertThat(texts(mentions, "event_id")).containsExactly("gazette-1-clash", "herald-1-clash", "wire-1-clash");
    JsonNode gazette = mentions.get(0);
    assertThat(gazette.get("article_id").asText()).isEqualTo("gazette-1");
    assertThat(gazette.get("article_source").asText()).isEqualTo("Gazette");
    assertThat(gazette.get("article_title").asText()).isEqualTo("Frontier clash");
    assertThat(gazette.get("sentence_index").asInt()).isZero();
    assertThat(gazette.get("sentence").asText()).isNotBlank();
    assertThat(gazette.get("trigger").toString()).isEqualTo("[20,25]");
    // the story of the independent report is its own
    assertThat(gazette.get("story_id").asText()).isNotEqualTo(mentions.get(2).get("story_id").asText());
    // an event id still gives that one mention
    assertThat(texts(get("/events/gazette-1-clash").get("mentions"), "event_id")).containsExactly("gazette-1-clash");
  }

  @Test
  void anIntakeStartedOverAStoreKnowsItsLatestArticlesAndJoinsTheirCopiesToTheirStories()
      throws InterruptedException {
    postOriginalCopyAndUnrelated();
    String story = get("/stories?min_articles=2").get("stories").get(0).get("id").asText();
    // as after a restart: a new intake, taught the store's latest articles when made
    IngestLoop restarted = loop();
    clash("post-1", true);
    assertThat(restarted.submit(new Article("post-1", JUL_10, "Tajik soldiers hurt in border shooting",
        ORIGINAL.replace("Three Tajik soldiers", "Three soldiers"), "", "Post"))).isTrue();
    await(() -> store.articleCount() == 4 && restarted.depth() == 0);

    JsonNode copied = get("/stories?min_articles=2").get("stories");
    assertThat(copied).hasSize(1);
    assertThat(copied.get(0).get("id").asText()).isEqualTo(story);
    assertThat(texts(copied.get(0).get("articles"), "article_id")).containsExactly("wire-1", "herald-1", "post-1");
    assertThat(clashEvent().get("num_articles").asInt()).isEqualTo(1);
  }

  @Test
  void walkingThePagesGivesEveryMergedEventAndStoryOnce() throws InterruptedException {
    postOriginalCopyAndUnrelated();
    List<String> all = texts(get("/merged-events?limit=1000").get("merged_events"), "merged_id");
    assertThat(all).hasSize(3);
    assertThat(walk("/merged-events?limit=1", "merged_events", "merged_id")).isEqualTo(all);
    List<String> stories = texts(get("/stories").get("stories"), "id");
    assertThat(walk("/stories?limit=1", "stories", "id")).isEqualTo(stories);
    assertThat(get("/merged-events?limit=2").get("next").asText()).startsWith("/merged-events?limit=2&cursor=");
    assertThat(get("/merged-events?limit=3").get("next").isNull()).isTrue();
  }

  private List<String> walk(String first, String list, String field) {
    List<String> walked = new ArrayList<>();
    String next = first;
    int pages = 0;
    while (next != null) {
      JsonNode page = get(next);
      walked.addAll(texts(page.get(list), field));
      next = page.get("next").isNull() ? null : page.get("next").asText();
      assertThat(++pages).isLessThan(10);
    }
    return walked;
  }

  @Test
  void badParametersAndUnknownIdsAreNamed() {
    HttpResponse<String> cursor = send(HttpRequest.newBuilder(uri("/merged-events?cursor=bm9wZQ")).GET());
    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(json(cursor.body()).get("error").get("message").asText())
        .isEqualTo("parameter cursor = \"bm9wZQ\" is not a cursor of this list (pass back the one the next link gives)");
    // a stories cursor is not a merged events one
    HttpResponse<String> other = send(HttpRequest.newBuilder(uri("/merged-events?cursor="
        + Cursors.offset("s", 1))).GET());
    assertThat(other.statusCode()).isEqualTo(400);
    HttpResponse<String> min = send(HttpRequest.newBuilder(uri("/stories?min_articles=0")).GET());
    assertThat(min.statusCode()).isEqualTo(400);
    assertThat(json(min.body()).get("error").get("message").asText()).isEqualTo("parameter min_articles = \"0\" is below 1");
    HttpResponse<String> story = send(HttpRequest.newBuilder(uri("/stories/nope")).GET());
    assertThat(story.statusCode()).isEqualTo(404);
    assertThat(json(story.body()).get("error").get("message").asText()).isEqualTo("no story nope");
    HttpResponse<String> event = send(HttpRequest.newBuilder(uri("/events/nope")).GET());
    assertThat(event.statusCode()).isEqualTo(404);
    assertThat(json(event.body()).get("error").get("message").asText()).isEqualTo("no event nope");
  }
}
