package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.testkit.Events;

/**
 * Corrections through the real API (Javalin, DuckDB, HTTP client): stored with the event's coding
 * as it was, counted on the event, listed and paged, kept after a recode, exported as gold, turned
 * into dictionary suggestions; and the dictionary browser.
 */
final class CorrectionApiIT {
  private static final String AUTH = "Bearer " + ApiFixture.WRITE;
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void close() {
    api.close();
  }

  private ApiFixture.Reply correct(String eventId, String body) {
    return api.post("/events/" + eventId + "/corrections", body, "Authorization", AUTH);
  }

  private static final String ECONOMIC = """
      {"verdict": "wrong", "analyst": "ana", "note": "they asked for money",
       "coding": {"cameo": "0231", "source": "TJKGOV", "target": "IGOCSTO", "date": "2021-07-02",
                  "place": "Dushanbe", "modality": "asserted"}}""";

  @Test
  void aWrongEventIsCorrectedAndTheCorrectionKeepsTheCodingAsItWas() {
    ApiFixture.Reply r = correct("tjk-cst-0233", ECONOMIC);

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode c = r.json();
    assertThat(c.get("id").asText()).matches("c-[0-9a-f]{16}");
    assertThat(c.get("event_id").asText()).isEqualTo("tjk-cst-0233");
    assertThat(c.get("article_id").asText()).isEqualTo("a");
    assertThat(c.get("verdict").asText()).isEqualTo("wrong");
    assertThat(c.get("analyst").asText()).isEqualTo("ana");
    assertThat(c.at("/coding/cameo").asText()).isEqualTo("0231");
    assertThat(c.at("/coding/date").asText()).isEqualTo("2021-07-02");
    assertThat(c.at("/original/cameo").asText()).isEqualTo("0233");
    assertThat(c.at("/original/source").asText()).isEqualTo("TJKGOV");
    assertThat(c.at("/original/target").asText()).isEqualTo("IGOCSTO");

    assertThat(api.get("/events/tjk-cst-0233").json().get("corrections").asInt()).isEqualTo(1);
    assertThat(api.get("/events/rus-ukr-190").json().get("corrections").asInt()).isZero();
    JsonNode listed = api.get("/events/tjk-cst-0233/corrections").json().get("corrections");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0)).isEqualTo(c);
  }

  @Test
  void aRightVerdictAndANoEventVerdictAreKept() {
    assertThat(correct("rus-ukr-190", "{\"verdict\": \"right\", \"analyst\": \"bo\"}").status()).isEqualTo(201);
    ApiFixture.Reply none = correct("kgz-tjk-190", "{\"verdict\": \"wrong\", \"analyst\": \"bo\", \"note\": \"a"
        + " rumour, not a clash\", \"coding\": null}");
    assertThat(none.status()).as(none.body()).isEqualTo(201);
    assertThat(none.json().get("no_event").asBoolean()).isTrue();
    assertThat(none.json().get("coding").isNull()).isTrue();
  }

  @Test
  void refusalsNameTheFieldAndTheValue() {
    assertThat(api.post("/events/tjk-cst-0233/corrections", ECONOMIC).status()).isEqualTo(401);
    ApiFixture.Reply unknown = correct("nope", ECONOMIC);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().at("/error/message").asText()).isEqualTo("no event nope");

    assertThat(message(ECONOMIC.replace("\"0231\"", "\"0299\"")))
        .isEqualTo("body: coding.cameo \"0299\" is not in the CAMEO table of the dictionaries");
    assertThat(message(ECONOMIC.replace("\"0231\"", "\"2x\"")))
        .isEqualTo("body: coding.cameo \"2x\" is not a CAMEO code (2 to 4 digits, as 0231)");
    assertThat(message(ECONOMIC.replace("\"IGOCSTO\"", "\"XQZGOV\"")))
        .startsWith("body: coding.target \"XQZGOV\" is no actor code of the dictionaries");
    assertThat(message(ECONOMIC.replace("\"IGOCSTO\"", "\"csto!\"")))
        .startsWith("body: coding.target \"CSTO!\" is not an actor code");
    assertThat(message("{\"verdict\": \"wrong\", \"analyst\": \"ana\"}"))
        .isEqualTo("body: a wrong verdict needs the right coding, or a note saying why there is no event here"
            + " (coding null)");
    assertThat(message("{\"verdict\": \"maybe\", \"analyst\": \"ana\"}"))
        .isEqualTo("body: verdict \"maybe\" is neither right nor wrong");
    assertThat(message(ECONOMIC.replace("\"asserted\"", "\"sure\"")))
        .isEqualTo("body: coding.modality \"sure\" is not one of asserted, promise, threat, conditional, future,"
            + " hypothetical, requested");
    assertThat(api.get("/events/tjk-cst-0233").json().get("corrections").asInt()).isZero();
  }

  private String message(String body) {
    ApiFixture.Reply r = correct("tjk-cst-0233", body);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    return r.json().at("/error/message").asText();
  }

  @Test
  void correctionsArePagedNewestFirst() {
    List<String> posted = new ArrayList<>();
    for (String id : List.of("rus-ukr-190", "tjk-cst-0233", "afg-tjk-0874")) {
      posted.add(0, correct(id, "{\"verdict\": \"right\", \"analyst\": \"bo\"}").json().get("id").asText());
    }
    List<String> seen = new ArrayList<>();
    String next = "/corrections?limit=2";
    while (next != null) {
      JsonNode page = api.get(next).json();
      page.get("corrections").forEach(c -> seen.add(c.get("id").asText()));
      next = page.get("next_cursor").isNull() ? null : "/corrections?limit=2&cursor=" + page.get("next_cursor").asText();
    }
    assertThat(seen).containsExactlyElementsOf(posted);
    assertThat(api.get("/corrections?cursor=zzz").status()).isEqualTo(400);
  }

  @Test
  void aCorrectionOutlivesItsEventAndStaysInTheGold() {
    correct("tjk-cst-0233", ECONOMIC);
    Article a = new Article("a", ApiFixture.JUL_9, "Shelling near the capital",
        "Russian forces shelled Kyiv overnight, officials said. Tajikistan asked the CSTO for help.", "https://x.org/a",
        "test");
    // coded again: the appeal is gone, the shelling stays
    api.store.replaceEvents("a", List.of(api.store.query(org.vigil.core.store.EventQuery.builder().articleId("a")
        .limit(10).build()).stream().filter(e -> e.eventId().equals("rus-ukr-190")).findFirst().orElseThrow()));
    assertThat(api.get("/events/tjk-cst-0233").status()).isEqualTo(404);

    JsonNode listed = api.get("/events/tjk-cst-0233/corrections").json().get("corrections");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).at("/original/cameo").asText()).isEqualTo("0233");

    ApiFixture.Reply gold = api.get("/corrections/gold");
    assertThat(gold.header("Content-Type")).startsWith("application/x-ndjson");
    List<String> lines = gold.body().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode record = new ApiFixture.Reply(200, java.util.Map.of(), lines.get(0)).json();
    assertThat(record.get("id").asText()).isEqualTo(a.id());
    assertThat(record.get("text").asText()).isEqualTo(a.text());
    assertThat(record.get("events")).extracting(e -> e.get("cameo").asText()).containsExactly("0231", "190");
    assertThat(record.at("/events/0/plover").asText()).isEqualTo("REQUEST");
    assertThat(record.at("/events/1/note").asText()).startsWith("not reviewed");
    JsonNode reviewed = new ApiFixture.Reply(200, java.util.Map.of(),
        api.get("/corrections/gold?reviewed_only=true").body().strip()).json();
    assertThat(reviewed.get("events")).extracting(e -> e.get("cameo").asText()).containsExactly("0231");
  }

  @Test
  void twoCorrectionsOfOnePatternSuggestAPatternChangeAndANewActor() {
    Dictionaries builtin = Dictionaries.builtin();
    VerbPattern deploy = builtin.verbs().forLemma("deploy").stream().filter(p -> p.constraints().isEmpty())
        .findFirst().orElseThrow();
    String text = "The Badakhshan Front deployed fighters near Tajikistan.";
    List<String> ids = new ArrayList<>();
    for (String n : List.of("s1", "s2")) {
      Article s = new Article(n, LocalDate.of(2021, 7, 3), "Front " + n, text + " " + n, "https://x.org/" + n, "test");
      CodedEvent e = Events.event(s, "dep-" + n).date(s.date()).cameo(deploy.code(), 4, -2).trigger(21, 29)
          .sentence(0).build();
      ActorRef front = new ActorRef("AFG", "AFG", null, "Afghanistan", "The Badakhshan Front", 0, 20, List.of(),
          List.of());
      e = new CodedEvent(e.articleId(), e.eventId(), e.date(), front, e.target(), e.cameo(), e.cameoRoot(),
          e.quadClass(), e.goldstein(), e.plover(), false, e.modality(), e.location(),
          new org.vigil.core.event.Evidence(0, text, new int[] {21, 29}, null, null,
              deploy.text() + " (" + deploy.origin() + ")", List.of()), 0.6);
      api.store.store(s, List.of(e));
      ApiFixture.Reply r = correct("dep-" + n, "{\"verdict\": \"wrong\", \"analyst\": \"ana\", \"coding\":"
          + " {\"cameo\": \"152\", \"source\": \"AFGINSBDF\", \"target\": \"TJKGOV\"}}");
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      ids.add(r.json().get("id").asText());
    }

    JsonNode suggestions = api.get("/corrections/suggestions").json().get("suggestions");

    assertThat(suggestions).anySatisfy(s -> {
      assertThat(s.get("kind").asText()).isEqualTo("actor");
      assertThat(s.get("text").asText()).isEqualTo("Badakhshan Front");
      assertThat(s.get("suggested").asText()).isEqualTo("AFGINSBDF");
      assertThat(s.get("dictionary_line").asText()).isEqualTo("group AFGINSBDF Badakhshan Front\n  country AFG\n  sector INS");
      assertThat(s.get("evidence")).extracting(JsonNode::asText).containsExactlyElementsOf(ids);
      assertThat(s.get("lint")).isEmpty();
    });
    assertThat(suggestions).anySatisfy(s -> {
      assertThat(s.get("kind").asText()).isEqualTo("verb-pattern");
      assertThat(s.get("text").asText()).isEqualTo("deployed");
      assertThat(s.get("suggested").asText()).isEqualTo("152");
      assertThat(s.get("dictionary_line").asText()).endsWith("\n  " + deploy.text());
      assertThat(s.get("evidence")).extracting(JsonNode::asText).containsExactlyElementsOf(ids);
    });
  }

  @Test
  void theDictionaryBrowserExplainsAPhrase() {
    JsonNode body = api.get("/dictionary/explain?phrase=" + java.net.URLEncoder.encode("Tajikistan asked the CSTO for help",
        java.nio.charset.StandardCharsets.UTF_8)).json();

    assertThat(body.get("phrase").asText()).isEqualTo("Tajikistan asked the CSTO for help");
    assertThat(body.get("hits")).anySatisfy(h -> {
      assertThat(h.get("kind").asText()).isEqualTo("actor");
      assertThat(h.get("text").asText()).startsWith("actor   'CSTO' -> org IGOCSTO");
    });
    assertThat(body.get("hits")).anySatisfy(h -> {
      assertThat(h.get("kind").asText()).isEqualTo("pattern");
      assertThat(h.get("text").asText()).contains("FIRES");
      assertThat(h.get("details")).isNotEmpty();
    });
    ApiFixture.Reply missing = api.get("/dictionary/explain");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/error/message").asText())
        .isEqualTo("parameter phrase = \"\" is missing: give the words to explain");
  }
}
