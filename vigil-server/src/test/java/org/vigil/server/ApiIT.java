package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.server.ApiFixture.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.server.ApiFixture.Reply;
import org.vigil.testkit.Events;

/** The REST API on Javalin (port 0) over a real in-memory DuckDB store, through a real HTTP client. */
final class ApiIT {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void close() {
    api.close();
  }

  private List<String> events(String query) {
    Reply r = api.get("/events" + query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return ids(r.json().get("events"));
  }

  /** The rows of a series answer (issue 13, round 10): a row for each period in which a group has events. */
  private static List<String> rowsOf(JsonNode answer) {
    List<String> rows = new ArrayList<>();
    for (JsonNode s : answer.get("series")) {
      long total = 0;
      for (int i = 0; i < answer.get("periods").size(); i++) {
        long events = s.get("events").get(i).asLong();
        total += events;
        if (events != 0) {
          rows.add(Json.MAPPER.createObjectNode().put("period", answer.get("periods").get(i).asText())
              .put("group", s.get("group").asText()).put("events", events)
              .put("goldstein", s.get("goldstein").get(i).asDouble()).toString());
        }
      }
      assertThat(total).as("the total of " + s.get("group")).isEqualTo(s.get("total").asLong());
    }
    return rows;
  }

  @Nested
  final class Filters {
    @Test
    void aCountryFindsEitherSide() {
      assertThat(events("?country=TJK")).containsExactly("tjk-cst-0233", "afg-tjk-0874", "kgz-tjk-190");
      assertThat(events("?country=tjk")).containsExactly("tjk-cst-0233", "afg-tjk-0874", "kgz-tjk-190");
    }

    @Test
    void actorAndDyad() {
      assertThat(events("?actor=IGOCSTO")).containsExactly("tjk-cst-0233");
      assertThat(events("?source=RUS&target=UKR")).containsExactly("rus-ukr-190");
      assertThat(events("?source=UKR&target=RUS")).isEmpty();
    }

    @Test
    void codesTypesQuadClassAndModality() {
      assertThat(events("?cameo=0233")).containsExactly("tjk-cst-0233");
      assertThat(events("?root=19")).containsExactly("rus-ukr-190", "kgz-tjk-190");
      assertThat(events("?type=assault")).containsExactly("rus-ukr-190", "kgz-tjk-190");
      assertThat(events("?quad_class=2")).containsExactly("afg-tjk-0874");
      assertThat(events("?modality=asserted")).containsExactly("rus-ukr-190", "afg-tjk-0874");
    }

    @Test
    void datesBoxPlaceAllianceAndConfidence() {
      assertThat(events("?from=2021-07-02&to=2021-07-06")).containsExactly("afg-tjk-0874");
      assertThat(events("?bbox=60,30,75,45")).containsExactly("tjk-cst-0233", "kgz-tjk-190");
      assertThat(events("?place=Kyiv")).containsExactly("rus-ukr-190");
      // KGZ joined the (test) alliance on 3 July: its 1 July event is not the alliance's
      assertThat(events("?alliance=CSTO")).containsExactly("rus-ukr-190", "tjk-cst-0233");
      assertThat(events("?min_confidence=0.6")).containsExactly("rus-ukr-190", "tjk-cst-0233", "kgz-tjk-190");
    }

    @Test
    void filtersCombine() {
      assertThat(events("?country=TJK&root=19&from=2021-07-01")).containsExactly("kgz-tjk-190");
    }
  }

  @Nested
  final class Pages {
    @Test
    void walkingEveryPageGivesEveryEventExactlyOnceInOrder() {
      api.storeMany(23);
      List<String> all = events("?limit=1000");
      assertThat(all).hasSize(27);
      List<String> walked = new ArrayList<>();
      String next = "/events?limit=4";
      int pages = 0;
      while (next != null) {
        Reply r = api.get(next);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        walked.addAll(ids(body.get("events")));
        next = body.get("next").isNull() ? null : body.get("next").asText();
        pages++;
        assertThat(pages).isLessThan(20);
      }
      assertThat(pages).isEqualTo(7);
      assertThat(walked).containsExactlyElementsOf(all);
      assertThat(new HashSet<>(walked)).hasSize(27);
    }

    @Test
    void aggregatesAnswerTheGroupsWithMostEventsFirstAndTheirNextLinkTheRest() {
      // issue 13, round 6: a decade of dyads by day was a 13 MB answer; now the top groups
      JsonNode whole = api.get("/aggregates?group=country&format=rows").json();
      assertThat(whole.get("next").isNull()).isTrue();
      List<String> all = new ArrayList<>();
      whole.get("rows").forEach(r -> all.add(r.toString()));
      JsonNode first = api.get("/aggregates?group=country&limit=1&format=rows").json();
      assertThat(first.get("groups").asInt()).isEqualTo(1);
      assertThat(first.get("rows")).isNotEmpty().allSatisfy(r -> assertThat(r.get("group").asText()).isEqualTo("TJK"));
      List<String> walked = new ArrayList<>();
      String next = "/aggregates?group=country&limit=1&format=rows";
      int pages = 0;
      while (next != null) {
        Reply r = api.get(next);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        r.json().get("rows").forEach(row -> walked.add(row.toString()));
        next = r.json().get("next").isNull() ? null : r.json().get("next").asText();
        assertThat(++pages).isLessThan(20);
      }
      assertThat(pages).isEqualTo(whole.get("groups").asInt()).isGreaterThan(2);
      assertThat(walked).containsExactlyInAnyOrderElementsOf(all);
      // issue 13, round 10: the series (the default) page the same groups, each the same numbers
      List<String> series = new ArrayList<>();
      next = "/aggregates?group=country&limit=2";
      while (next != null) {
        JsonNode page = api.get(next).json();
        assertThat(page.has("rows")).isFalse();
        assertThat(page.get("series").size()).isEqualTo(page.get("groups").asInt()).isBetween(1, 2);
        series.addAll(rowsOf(page));
        next = page.get("next").isNull() ? null : page.get("next").asText();
      }
      assertThat(series).containsExactlyInAnyOrderElementsOf(all);
      // a cursor of another list is refused, naming the parameter
      String eventsCursor = api.get("/events?limit=1").json().get("next").asText().replaceAll(".*cursor=", "");
      Reply wrong = api.get("/aggregates?cursor=" + eventsCursor);
      assertThat(wrong.status()).isEqualTo(400);
      assertThat(wrong.json().get("error").get("message").asText()).isEqualTo("parameter cursor = \""
          + java.net.URLDecoder.decode(eventsCursor, java.nio.charset.StandardCharsets.UTF_8)
          + "\" is not a cursor of this list (pass back the one the next link gives)");
    }

    @Test
    void aPageKeepsItsFiltersInTheNextLink() {
      api.storeMany(5);
      Reply first = api.get("/events?country=KGZ&limit=2");
      String next = first.json().get("next").asText();
      assertThat(next).startsWith("/events?").contains("country=KGZ").contains("limit=2").contains("cursor=");
      assertThat(ids(api.get(next).json().get("events"))).doesNotContainAnyElementsOf(ids(first.json().get("events")));
    }

    @Test
    void articlesArePagedToo() {
      api.storeMany(3);
      List<String> walked = new ArrayList<>();
      String next = "/articles?limit=2";
      while (next != null) {
        JsonNode body = api.get(next).json();
        body.get("articles").forEach(a -> walked.add(a.get("id").asText()));
        next = body.get("next").isNull() ? null : body.get("next").asText();
      }
      assertThat(walked).containsExactly("a", "b", "m0", "m1", "m2");
    }
  }

  @Nested
  final class Caching {
    @Test
    void theSameBodyHasTheSameStrongEtagAndIfNoneMatchGives304() {
      Reply first = api.get("/events?country=TJK");
      String etag = first.header("ETag");
      assertThat(etag).matches("\"[0-9a-f]{32}\"");
      assertThat(api.get("/events?country=TJK").header("ETag")).isEqualTo(etag);
      Reply again = api.get("/events?country=TJK", "If-None-Match", etag);
      assertThat(again.status()).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(api.get("/events?country=UKR", "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void aCommitKeepsTheAnswersItCannotHaveChangedAndTheTagOfAnUnchangedAnswer() {
      // issue 13, round 7: storeMany(1) commits one KGZ>TJK event dated July 5
      String otherCountry = "/aggregates?by=week&group=type&country=RUS";
      String otherDates = "/events?from=2021-07-09&to=2021-07-09";
      String otherCountryInDates = "/events?country=AFG&from=2021-07-01";
      String touched = "/aggregates?by=day&group=type&country=TJK&from=2021-07-01&to=2021-07-09";
      String touchedUnchanged = "/events?country=TJK&type=AID";
      java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
      for (String path : List.of(otherCountry, otherDates, otherCountryInDates, touched, touchedUnchanged)) {
        tags.put(path, api.get(path).header("ETag"));
      }
      api.storeMany(1);
      for (String kept : List.of(otherCountry, otherDates, otherCountryInDates)) {
        Reply r = api.get(kept, "If-None-Match", tags.get(kept));
        assertThat(r.status()).as(kept).isEqualTo(304);
        assertThat(r.header("ETag")).as(kept).isEqualTo(tags.get(kept));
        assertThat(r.header("Server-Timing")).as("%s answered from the cache", kept).startsWith("cache;");
      }
      Reply changed = api.get(touched, "If-None-Match", tags.get(touched));
      assertThat(changed.status()).isEqualTo(200);
      assertThat(changed.header("ETag")).isNotEqualTo(tags.get(touched));
      assertThat(String.valueOf(changed.header("Server-Timing"))).doesNotContain("cache;");
      // made again (the commit touched its country and dates), the same body: the same tag, 304
      Reply same = api.get(touchedUnchanged, "If-None-Match", tags.get(touchedUnchanged));
      assertThat(same.status()).isEqualTo(304);
      assertThat(String.valueOf(same.header("Server-Timing"))).doesNotContain("cache;");
    }

    @Test
    void aNewEventChangesTheEtag() {
      String etag = api.get("/events").header("ETag");
      api.storeMany(1);
      Reply after = api.get("/events", "If-None-Match", etag);
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.header("ETag")).isNotEqualTo(etag);
    }
  }

  @Nested
  final class Errors {
    private void problem(Reply r, int status, String code, String message) {
      assertThat(r.status()).isEqualTo(status);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      JsonNode error = r.json().get("error");
      assertThat(error.get("status").asInt()).isEqualTo(status);
      assertThat(error.get("code").asText()).isEqualTo(code);
      assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void badParametersAre400NamingParameterAndValue() {
      problem(api.get("/events?from=yesterday"), 400, "bad_parameter",
          "parameter from = \"yesterday\" is not a date (YYYY-MM-DD)");
      problem(api.get("/events?quad_class=5"), 400, "bad_parameter", "parameter quad_class = \"5\" is not one of 1, 2, 3, 4");
      problem(api.get("/events?limit=0"), 400, "bad_parameter", "parameter limit = \"0\" is not between 1 and 1000");
      problem(api.get("/events?bbox=1,2,3"), 400, "bad_parameter",
          "parameter bbox = \"1,2,3\" is not four numbers minLon,minLat,maxLon,maxLat");
      problem(api.get("/events?country=Tajikistan"), 400, "bad_parameter",
          "parameter country = \"Tajikistan\" is not a three-letter country code (TJK)");
      problem(api.get("/events?alliance=XYZ"), 400, "bad_parameter",
          "parameter alliance = \"XYZ\" is not an organisation of the dictionaries (IGOCSTO, CSTO, IGONATO)");
      problem(api.get("/events?cursor=bm9wZQ"), 400, "bad_parameter",
          "parameter cursor = \"bm9wZQ\" is not a cursor of this list (pass back the one the next link gives)");
      problem(api.get("/aggregates?by=year"), 400, "bad_parameter",
          "parameter by = \"year\" is not one of day, week, month");
      problem(api.get("/aggregates?format=csv"), 400, "bad_parameter",
          "parameter format = \"csv\" is not one of series, rows");
      problem(api.get("/search?q=border%20AND%20("), 400, "bad_parameter",
          api.get("/search?q=border%20AND%20(").json().get("error").get("message").asText());
      assertThat(api.get("/search?q=border%20AND%20(").json().get("error").get("message").asText())
          .startsWith("parameter q: cannot parse the search query \"border AND (\"");
    }

    @Test
    void unknownAndRepeatedParametersAreNamed() {
      problem(api.get("/events?contry=TJK"), 400, "bad_parameter", "parameter contry is not known here; the parameters are"
          + " actor, alliance, article, bbox, cameo, country, cursor, from, limit, min_confidence, modality, place,"
          + " quad_class, root, source, target, to, type");
      problem(api.get("/events?country=TJK&country=RUS"), 400, "bad_parameter",
          "parameter country = \"TJK,RUS\" is given 2 times; give it once");
    }

    @Test
    void unknownItemsAndPathsAre404() {
      problem(api.get("/events/nope"), 404, "not_found", "no event nope");
      problem(api.get("/articles/nope"), 404, "not_found", "no article nope");
      problem(api.get("/nothing-here"), 404, "not_found", "no such path: GET /nothing-here");
      problem(api.post("/events", "{}"), 405, "method_not_allowed", "method POST is not allowed on /events");
    }
  }

  @Nested
  final class Tokens {
    private static final String NEW = "{\"date\": \"2021-07-10\", \"title\": \"Talks\","
        + " \"text\": \"Kyrgyz and Tajik officials met in Batken to discuss the border.\"}";

    @Test
    void aWriteWithoutTokenIs401AndWithAWrongOneIs403() {
      Reply none = api.post("/articles", NEW);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(none.json().get("error").get("message").asText())
          .isEqualTo("this needs a token: Authorization: Bearer TOKEN");
      Reply wrong = api.post("/articles", NEW, "Authorization", "Bearer not-it");
      assertThat(wrong.status()).isEqualTo(403);
      assertThat(wrong.json().get("error").get("code").asText()).isEqualTo("forbidden");
      assertThat(api.post("/recode", "", "Authorization", "Basic eDp5").status()).isEqualTo(401);
    }

    @Test
    void aPostedArticleIsCodedStoredAndSearchable() throws InterruptedException {
      Reply r = api.post("/articles", NEW, "Authorization", "Bearer " + ApiFixture.WRITE);
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      String id = r.json().get("id").asText();
      assertThat(r.json().get("status").asText()).isEqualTo("stored");
      assertThat(r.json().get("events").asInt()).isEqualTo(1);
      // answered after the commit: the store holds it already, no waiting
      assertThat(api.store.articleCount()).isEqualTo(3);
      assertThat(api.store.contains(r.json().get("content_hash").asText())).isTrue();
      api.awaitIntake(() -> api.store.articleCount() == 3 && api.index.size() == 3);
      assertThat(events("?article=" + id)).containsExactly("ev-" + id);
      JsonNode hits = api.get("/search?q=Batken").json().get("hits");
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).get("id").asText()).isEqualTo(id);
      Reply again = api.post("/articles", NEW, "Authorization", "Bearer " + ApiFixture.WRITE);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().get("status").asText()).isEqualTo("stored");
    }

    @Test
    void waitZeroAnswersQueuedAtOnceAndABadWaitIsNamed() throws InterruptedException {
      Reply r = api.post("/articles?wait=0", "{\"date\": \"2021-07-11\", \"text\": \"Kyrgyz officials met Tajik"
          + " officials in Isfara.\"}", "Authorization", "Bearer " + ApiFixture.WRITE);
      assertThat(r.status()).as(r.body()).isEqualTo(202);
      assertThat(r.json().get("status").asText()).isEqualTo("queued");
      api.awaitIntake(() -> api.store.articleCount() == 3);
      Reply bad = api.post("/articles?wait=121", NEW, "Authorization", "Bearer " + ApiFixture.WRITE);
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("error").get("message").asText())
          .isEqualTo("parameter wait = \"121\" is not 0..120 seconds");
    }

    @Test
    void aBadArticleIsNamed() {
      Reply r = api.post("/articles", "{\"date\": \"10 July\", \"text\": \"x y z\"}", "Authorization",
          "Bearer " + ApiFixture.WRITE);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("error").get("message").asText()).isEqualTo("body: unparseable date '10 July'");
      Reply noText = api.post("/articles", "{\"date\": \"2021-07-10\", \"title\": \"Empty\"}", "Authorization",
          "Bearer " + ApiFixture.WRITE);
      assertThat(noText.status()).isEqualTo(400);
      assertThat(noText.json().get("error").get("message").asText()).startsWith("body: ").contains("text");
      assertThat(api.post("/articles", "[1]", "Authorization", "Bearer " + ApiFixture.WRITE).json()
          .get("error").get("message").asText()).isEqualTo("body: it must be a JSON object");
    }

    @Test
    void recodeReplacesTheEventsOfAnArticle() throws InterruptedException {
      Article b = new Article("b", ApiFixture.JUL_5, "", "x", "", "");
      api.coded.put("b", List.of(Events.event(b, "b-again").date(ApiFixture.JUL_5).source("AFGGOV", "AFG")
          .target("TJKGOV", "TJK").cameo("042", 1, 1.9).build()));
      Reply r = api.post("/recode", "{\"articles\": [\"b\"]}", "Authorization", "Bearer " + ApiFixture.WRITE);
      assertThat(r.status()).as(r.body()).isEqualTo(202);
      assertThat(r.json().get("queued").asInt()).isEqualTo(1);
      api.awaitIntake(() -> !events("?article=b").contains("afg-tjk-0874"));
      // one transaction: the old events are gone only when the new ones are there
      assertThat(events("?article=b")).containsExactly("b-again");
      assertThat(api.store.check().ok()).isTrue();
      assertThat(api.post("/recode", "{\"articles\": [\"nope\"]}", "Authorization", "Bearer " + ApiFixture.WRITE)
          .status()).isEqualTo(404);
    }

    @Test
    void writesAreRefusedWhenNoWriteTokenIsSet() {
      try (ApiFixture closed = new ApiFixture(new ServerConfig("localhost", 0, "", "", true))) {
        Reply r = closed.post("/articles", NEW, "Authorization", "Bearer anything");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("error").get("message").asText())
            .isEqualTo("writes are disabled: the server has no server.write-token");
      }
    }

    @Test
    void closedReadsNeedTheReadOrWriteToken() {
      try (ApiFixture closed = new ApiFixture(new ServerConfig("localhost", 0, ApiFixture.READ, ApiFixture.WRITE, false))) {
        assertThat(closed.get("/events").status()).isEqualTo(401);
        assertThat(closed.get("/events", "Authorization", "Bearer wrong").status()).isEqualTo(403);
        assertThat(closed.get("/events", "Authorization", "Bearer " + ApiFixture.READ).status()).isEqualTo(200);
        assertThat(closed.get("/events", "Authorization", "Bearer " + ApiFixture.WRITE).status()).isEqualTo(200);
        assertThat(closed.get("/health").status()).isEqualTo(200);
        assertThat(closed.post("/articles", NEW, "Authorization", "Bearer " + ApiFixture.READ).status()).isEqualTo(403);
      }
    }
  }

  @Nested
  final class Items {
    @Test
    void anEventComesWithItsMentionsAsAList() {
      JsonNode e = api.get("/events/rus-ukr-190").json();
      assertThat(e.get("cameo").asText()).isEqualTo("190");
      JsonNode mentions = e.get("mentions");
      assertThat(mentions.isArray()).isTrue();
      assertThat(mentions).hasSize(1);
      assertThat(mentions.get(0).get("article_id").asText()).isEqualTo("a");
      assertThat(mentions.get(0).get("article_title").asText()).isEqualTo("Shelling near the capital");
      assertThat(mentions.get(0).get("sentence").asText()).isEqualTo(e.get("evidence").get("sentence").asText());
    }

    @Test
    void anArticleComesWithItsTextAndEvents() {
      JsonNode a = api.get("/articles/b").json();
      assertThat(a.get("text").asText()).startsWith("Afghan troops withdrew");
      assertThat(ids(a.get("events"))).containsExactlyInAnyOrder("afg-tjk-0874", "kgz-tjk-190");
    }

    @Test
    void searchFindsAnArticleByAWordOfItsText() {
      JsonNode hits = api.get("/search?q=Panj").json().get("hits");
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).get("id").asText()).isEqualTo("b");
      assertThat(api.get("/search?q=Panj%20OR%20overnight").json().get("hits")).hasSize(2);
    }

    @Test
    void aggregatesAnswerSeriesByDefault() {
      // issue 13, round 10: the periods once, each group's counts and sums over them (0 where it has none)
      assertThat(api.get("/aggregates?by=week&group=type&country=TJK").body()).isEqualTo("{\"by\":\"week\","
          + "\"group\":\"type\",\"periods\":[\"2021-06-28\",\"2021-07-05\"],\"series\":["
          + "{\"group\":\"AID\",\"total\":1,\"events\":[0,1],\"goldstein\":[0.0,3.4]},"
          + "{\"group\":\"ASSAULT\",\"total\":1,\"events\":[1,0],\"goldstein\":[-10.0,0.0]},"
          + "{\"group\":\"RETREAT\",\"total\":1,\"events\":[0,1],\"goldstein\":[0.0,6.0]}],"
          + "\"groups\":3,\"next\":null}");
      // the same numbers as the rows, whatever the filters (the events table for min_confidence)
      for (String q : List.of("group=dyad&root=19", "by=month&group=country", "by=week&group=dyad&country=TJK",
          "group=type&min_confidence=0.1", "by=week&group=country&country=UKR&limit=1")) {
        JsonNode rows = api.get("/aggregates?" + q + "&format=rows").json();
        JsonNode series = api.get("/aggregates?" + q).json();
        List<String> expected = new ArrayList<>();
        rows.get("rows").forEach(r -> expected.add(r.toString()));
        assertThat(rowsOf(series)).as(q).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(series.get("groups")).as(q).isEqualTo(rows.get("groups"));
        assertThat(series.get("next").asText().replace("&cursor", "&format=rows&cursor")).as(q)
            .isEqualTo(rows.get("next").asText());
      }
    }

    @Test
    void aggregatesCountAndSumByWeekAndGroup() {
      JsonNode rows = api.get("/aggregates?by=week&group=type&country=TJK&format=rows").json().get("rows");
      assertThat(rows.toString()).isEqualTo("[{\"period\":\"2021-06-28\",\"group\":\"ASSAULT\",\"events\":1,\"goldstein\":-10.0},"
          + "{\"period\":\"2021-07-05\",\"group\":\"AID\",\"events\":1,\"goldstein\":3.4},"
          + "{\"period\":\"2021-07-05\",\"group\":\"RETREAT\",\"events\":1,\"goldstein\":6.0}]");
      JsonNode days = api.get("/aggregates?group=dyad&root=19&format=rows").json();
      assertThat(days.get("by").asText()).isEqualTo("day");
      assertThat(days.get("rows")).hasSize(2);
      assertThat(days.get("rows").get(1).get("group").asText()).isEqualTo("RUSMIL>UKR");
      // issue 13, round 5: by month, from the monthly pre-aggregates
      JsonNode months = api.get("/aggregates?by=month&group=type&country=TJK&format=rows").json();
      assertThat(months.get("by").asText()).isEqualTo("month");
      assertThat(months.get("rows").toString()).isEqualTo(
          "[{\"period\":\"2021-07-01\",\"group\":\"AID\",\"events\":1,\"goldstein\":3.4},"
          + "{\"period\":\"2021-07-01\",\"group\":\"ASSAULT\",\"events\":1,\"goldstein\":-10.0},"
          + "{\"period\":\"2021-07-01\",\"group\":\"RETREAT\",\"events\":1,\"goldstein\":6.0}]");
    }

    @Test
    void aRepeatedReadComesFromMemoryUntilACommitThatTouchesIt() {
      // issue 13, round 3: the same parameters in another order are the same request
      Reply first = api.get("/aggregates?country=TJK&by=week&group=type");
      assertThat(first.header("Server-Timing")).startsWith("gate;dur=").contains("store;dur=").doesNotContain("cache;");
      Reply again = api.get("/aggregates?group=type&by=week&country=TJK");
      assertThat(again.header("Server-Timing")).startsWith("cache;dur=").doesNotContain("store;");
      assertThat(again.body()).isEqualTo(first.body());

      // round 7: a commit without events changes no answer; one with an event of TJK changes this one
      api.store.store(new Article("later", ApiFixture.JUL_9, "", "nothing happened", "", ""), List.of());
      assertThat(api.get("/aggregates?group=type&by=week&country=TJK").header("Server-Timing"))
          .as("kept after a commit without events").startsWith("cache;dur=");
      api.storeMany(1);
      Reply after = api.get("/aggregates?group=type&by=week&country=TJK");
      assertThat(after.header("Server-Timing")).as("stale after a commit of a TJK event").contains("store;dur=")
          .doesNotContain("cache;");
      assertThat(after.body()).isNotEqualTo(first.body());
    }
  }

  @Nested
  final class Service {
    @Test
    void healthSaysStoreEngineAndQueue() {
      Reply r = api.get("/health");
      assertThat(r.status()).isEqualTo(200);
      JsonNode h = r.json();
      assertThat(h.get("status").asText()).isEqualTo("ok");
      assertThat(h.get("store").get("ok").asBoolean()).isTrue();
      assertThat(h.get("store").get("articles").asLong()).isEqualTo(2);
      assertThat(h.get("store").get("events").asLong()).isEqualTo(4);
      assertThat(h.get("engine").get("loaded").asBoolean()).isTrue();
      assertThat(h.get("queue").get("depth").asInt()).isZero();
    }

    @Test
    void healthSaysStartingWhileTheEngineLoadsAndDegradedWhenItCouldNot() {
      api.engineLoaded = false;
      assertThat(api.get("/health").json().get("status").asText()).isEqualTo("starting");
      api.engineProblem = "the engine could not be loaded: java.lang.OutOfMemoryError: Java heap space";
      Reply r = api.get("/health");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("status").asText()).isEqualTo("degraded");
      assertThat(r.json().get("engine").get("error").asText()).isEqualTo(api.engineProblem);
    }

    @Test
    void healthIs503WhenTheStoreFails() {
      api.store.close();
      Reply r = api.get("/health");
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.json().get("status").asText()).isEqualTo("failing");
      assertThat(r.json().get("store").get("ok").asBoolean()).isFalse();
    }

    @Test
    void metricsHaveTheMeters() throws InterruptedException {
      api.post("/articles", "{\"date\": \"2021-07-10\", \"text\": \"Kyrgyz officials met Tajik officials in Osh.\"}",
          "Authorization", "Bearer " + ApiFixture.WRITE);
      api.awaitIntake(() -> api.store.articleCount() == 3);
      api.get("/events/nope");
      Reply r = api.get("/metrics");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("text/plain");
      assertThat(r.body())
          .contains("vigil_articles_ingested_total 1.0")
          .contains("vigil_events_stored_total 1.0")
          .contains("vigil_coding_seconds_count 1")
          .contains("vigil_queue_depth 0.0")
          .contains("vigil_errors_total{kind=\"request_not_found\"} 1.0");
    }

    @Test
    void docsServeSwaggerUiFromThisServer() {
      Reply page = api.get("/docs");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("/webjars/swagger-ui/" + SwaggerPage.version() + "/swagger-ui-bundle.js")
          .contains("url: \"/openapi.json\"").doesNotContain("https://");
      assertThat(api.get("/webjars/swagger-ui/" + SwaggerPage.version() + "/swagger-ui-bundle.js").status())
          .isEqualTo(200);
    }
  }
}
