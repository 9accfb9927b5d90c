package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;
import org.vigil.testkit.Shared;

final class ArticleScoringTest {
  private static final Evaluation EVALUATION = new Evaluation(ActorMatch.COUNTRY, InstantSource.fixed(Instant.EPOCH));
  private static final LocalDate DAY = LocalDate.of(2024, 3, 2);

  /** A predicted event of article "a"; only the fields the article scorer reads vary. */
  private static final class P {
    private final String type;
    private final String cameo;
    private final String source;
    private final String target;
    private String sentence = "S1.";
    private Modality modality = Modality.ASSERTED;
    private LocalDate date = DAY;
    private Location location;
    private boolean negated;

    private P(String type, String cameo, String source, String target) {
      this.type = type;
      this.cameo = cameo;
      this.source = source;
      this.target = target;
    }

    P sentence(String value) {
      sentence = value;
      return this;
    }

    P modality(Modality value) {
      modality = value;
      return this;
    }

    P date(LocalDate value) {
      date = value;
      return this;
    }

    P location(Location value) {
      location = value;
      return this;
    }

    P negated() {
      negated = true;
      return this;
    }

    CodedEvent build() {
      return new CodedEvent("a", "e-" + cameo, new EventDate(date, date, DateGranularity.DAY, true, "", ""),
          actor(source), target == null ? null : actor(target), cameo, cameo.substring(0, 2), 1, 0.0,
          new Plover(type, null, List.of()), negated, modality, location,
          new Evidence(0, sentence, new int[] {0, 1}, null, null, "test pattern", List.of()), 0.5);
    }

    private static ActorRef actor(String code) {
      String country = code.length() >= 3 && !code.startsWith("IGO") ? code.substring(0, 3) : null;
      return new ActorRef(code, country, null, code, code.toLowerCase(), 0, 0, null, null);
    }
  }

  private static P p(String type, String cameo, String source, String target) {
    return new P(type, cameo, source, target);
  }

  /** A gold event line: sentence, plover, cameo, source code, target code (or null), then extra JSON. */
  private static String g(String sentence, String plover, String cameo, String source, String target, String extra) {
    return "{\"sentence\": \"" + sentence + "\", \"trigger\": \"x\", \"source\": {\"text\": \"s\", \"code\": \"" + source
        + "\"}, \"target\": " + (target == null ? "null" : "{\"text\": \"t\", \"code\": \"" + target + "\"}")
        + ", \"plover\": \"" + plover + "\", \"cameo\": \"" + cameo + "\""
        + (extra.contains("\"modality\"") ? "" : ", \"modality\": \"asserted\"")
        + (extra.contains("\"date\"") ? "" : ", \"date\": \"" + DAY + "\", \"date_granularity\": \"day\"")
        + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  private static GoldSet gold(String... events) {
    return Evaluation.parseGold("articles.jsonl",
        "{\"id\": \"a\", \"date\": \"" + DAY + "\", \"text\": \"S1. S2.\", \"events\": [" + String.join(", ", events) + "]}\n");
  }

  private static Report score(GoldSet gold, P... predicted) {
    List<CodedEvent> events = new ArrayList<>();
    for (P e : predicted) {
      events.add(e.build());
    }
    Function<Article, List<CodedEvent>> coder = article -> article.id().equals("a") ? events : List.of();
    return EVALUATION.score(gold, coder);
  }

  private static ArticleScore articles(GoldSet gold, P... predicted) {
    return score(gold, predicted).articles();
  }

  @Test
  void readsArticleGoldWithItsEvents() {
    GoldSet gold = gold(g("S1.", "ASSAULT", "195", "RUSMIL", "UKRCVL",
        "\"place\": {\"name\": \"Kharkiv\", \"country\": \"UKR\", \"admin1\": \"Kharkiv Oblast\"}, \"note\": \"n\""));
    assertThat(gold.skipped()).isEmpty();
    ArticleGold a = gold.articles().get(0);
    assertThat(a.events()).singleElement().satisfies(e -> {
      assertThat(e.plover()).isEqualTo("ASSAULT");
      assertThat(e.source().code()).isEqualTo("RUSMIL");
      assertThat(e.place().admin1()).isEqualTo("Kharkiv Oblast");
      assertThat(e.eventDate()).isEqualTo(DAY);
    });
  }

  @Test
  void eachScoredPredictionCountsInTheCalibrationAsRightWhenMatched() {
    GoldSet gold = gold(g("S1.", "ASSAULT", "195", "RUSMIL", "UKRCVL", ""));
    Report r = score(gold, p("ASSAULT", "195", "RUSMIL", "UKRCVL"), p("PROTEST", "141", "UKRCVL", null),
        p("STATEMENT", "010", "UKRGOV", null));
    // the statement is not scored, so not counted; both others have the coder's 0.5
    assertThat(r.calibration()).filteredOn(b -> b.events() > 0).singleElement().satisfies(b -> {
      assertThat(b.events()).isEqualTo(2);
      assertThat(b.correct()).isEqualTo(1);
    });
    assertThat(r.calibrationHigh().events()).isZero();
  }

  @Test
  void anAnnouncedEventIsCompatibleWithIntentToDoIt() {
    GoldSet willMeet = gold(g("S1.", "CONSULT", "040", "USAGOV", "CHNGOV", "\"modality\": \"future\""));
    assertThat(articles(willMeet, p("AGREE", "036", "USAGOV", "CHNGOV")).events().tp()).isEqualTo(1);

    GoldSet intent = gold(g("S1.", "AGREE", "036", "USAGOV", "CHNGOV", ""));
    assertThat(articles(intent, p("CONSULT", "040", "USAGOV", "CHNGOV").modality(Modality.FUTURE)).events().tp())
        .isEqualTo(1);
    assertThat(articles(intent, p("CONSULT", "040", "USAGOV", "CHNGOV")).events().tp())
        .as("a meeting that happened is not intent").isZero();

    GoldSet signed = gold(g("S1.", "AGREE", "057", "USAGOV", "CHNGOV", ""));
    assertThat(articles(signed, p("CONSULT", "040", "USAGOV", "CHNGOV").modality(Modality.FUTURE)).events().tp())
        .as("a signed deal (057) is not intent").isZero();
  }

  @Test
  void organisationsCompareAsIgo() {
    GoldSet gold = gold(g("S1.", "REQUEST", "020", "IGOUNO", "ISRGOV", ""));
    ArticleScore s = articles(gold, p("REQUEST", "020", "IGOUNHCR", "ISRGOV").sentence("Another sentence."));
    assertThat(s.events().tp()).isEqualTo(1);
    assertThat(s.source().value()).isEqualTo(1.0);
  }

  @Test
  void anArmedGroupTakesItsCountryFieldAndOtherCodesCountAsThemselves() {
    assertThat(ArticleScorer.country(new ArticleGold.Actor("IS", "ISIL", "IRQ"))).isEqualTo("IRQ");
    assertThat(ArticleScorer.country(new ArticleGold.Actor("IS", "ISIL", null))).isEqualTo("ISIL");
    assertThat(ArticleScorer.country(new ArticleGold.Actor("troops", "RUSMIL", null))).isEqualTo("RUS");
    assertThat(ArticleScorer.country(new ArticleGold.Actor("EU states", "EURGOV", null))).isEqualTo("EURGOV");
    assertThat(ArticleScorer.country(new ArticleGold.Actor("NATO", "IGONAT", null))).isEqualTo("IGO");
  }

  @Test
  void theSameSentenceMatchesWhateverTheActors() {
    GoldSet gold = gold(g("Russia \\u201cshelled\\u201d  Kharkiv.", "ASSAULT", "195", "RUSMIL", "UKRCVL", ""));
    ArticleScore s = articles(gold, p("ASSAULT", "190", "USA", "CHN").sentence("Russia \"shelled\" Kharkiv."));
    assertThat(s.events().tp()).isEqualTo(1);
    assertThat(s.source().count()).isZero();
    assertThat(s.target().count()).isZero();
  }

  @Test
  void anotherSentenceNeedsTheSameCountries() {
    GoldSet gold = gold(g("S1.", "ASSAULT", "195", "RUSMIL", "UKRCVL", ""));
    assertThat(articles(gold, p("ASSAULT", "195", "USAMIL", "UKR").sentence("S2.")).events().tp()).isZero();
    assertThat(articles(gold, p("ASSAULT", "195", "RUS", "USA").sentence("S2.")).events().tp()).isZero();
    assertThat(articles(gold, p("ASSAULT", "195", "RUS", null).sentence("S2.")).events().tp())
        .as("one side without a target").isEqualTo(1);
    assertThat(articles(gold, p("ACCUSE", "112", "RUS", "UKR").sentence("S1.")).events().tp())
        .as("types must be compatible even in the same sentence").isZero();
  }

  @Test
  void duplicatePredictionsCountOnce() {
    GoldSet gold = gold(g("S1.", "ASSAULT", "195", "RUSMIL", "UKRCVL", ""));
    ArticleScore s = articles(gold, p("ASSAULT", "195", "RUSMIL", "UKRCVL"),
        p("ASSAULT", "190", "RUS", "UKRMIL").sentence("S2."),
        p("ASSAULT", "195", "RUS", "UKR").date(DAY.plusDays(1)));
    assertThat(s.predictedEvents()).as("the second has the first's type, countries and date").isEqualTo(2);
    assertThat(s.events().tp()).isEqualTo(1);
    assertThat(s.events().fp()).isEqualTo(1);
  }

  @Test
  void greedyMatchingTakesTheBestPairsFirst() {
    GoldSet gold = gold(
        g("S1.", "ASSAULT", "195", "RUSMIL", "UKR", ""),
        g("S2.", "ASSAULT", "195", "USAMIL", "UKR", ""));
    // the first prediction could go to either gold event; in gold order it would take the first and
    // leave the second gold event without a partner
    Report r = score(gold, p("ASSAULT", "195", "RUS", "UKR").sentence("S2."),
        p("ASSAULT", "195", "RUS", "UKR").sentence("S3.").date(DAY.plusDays(1)));
    assertThat(r.articles().events().tp()).isEqualTo(2);
    assertThat(r.details().get(0).matched())
        .anySatisfy(line -> assertThat(line).startsWith("ASSAULT 195 USAMIL").contains("~  ASSAULT 195 RUS (rus) -> UKR (ukr) 2024-03-02"));
  }

  @Test
  void statementsAreNotScoredButDenialsWithATypeAre() {
    GoldSet gold = gold(g("S1.", "REJECT", "016", "RUSGOV", "UKRGOV", ""), g("S2.", "ACCUSE", "112", "RUSGOV", "UKRGOV", ""),
        g("S3.", "", "010", "RUSGOV", "UKRGOV", ""));
    ArticleScore s = articles(gold, p("STATEMENT", "010", "RUSGOV", "UKRGOV"), p("ACCUSE", "112", "RUSGOV", "UKRGOV").sentence("S2."));
    assertThat(s.goldEvents()).isEqualTo(2);
    assertThat(s.predictedEvents()).isEqualTo(1);
    assertThat(s.events().precision()).isEqualTo(1.0);
    assertThat(s.events().recall()).isEqualTo(0.5);
    assertThat(s.perType()).containsOnlyKeys("ACCUSE", "REJECT");

    ArticleScore denied = articles(gold, p("REJECT", "016", "RUSGOV", "UKRGOV").sentence("S1."),
        p("ACCUSE", "112", "RUSGOV", "UKRGOV").sentence("S2."));
    assertThat(denied.predictedEvents()).isEqualTo(2);
    assertThat(denied.events().recall()).isEqualTo(1.0);
  }

  @Test
  void negatedPredictionsAreDropped() {
    GoldSet gold = gold(g("S1.", "ASSAULT", "195", "RUSMIL", "UKRCVL", ""));
    ArticleScore s = articles(gold, p("ASSAULT", "195", "RUSMIL", "UKRCVL").negated());
    assertThat(s.predictedEvents()).isZero();
    assertThat(s.events().recall()).isZero();
  }

  @Test
  void sourceAndTargetAreRightWhenTheirCountriesAre() {
    GoldSet gold = gold(g("S1.", "AID", "070", "USAGOV", "UKRMIL", ""), g("S2.", "PROTEST", "141", "IRNCVL", null, ""));
    ArticleScore s = articles(gold, p("AID", "070", "USA", "UKRGOV"), p("PROTEST", "141", "USA", null).sentence("S2."));
    assertThat(s.events().tp()).isEqualTo(2);
    assertThat(s.source()).isEqualTo(new Ratio(1, 2));
    assertThat(s.target()).as("both targets absent is right").isEqualTo(new Ratio(2, 2));
  }

  @Test
  void dateIsTheGoldDayOrInTheGoldPeriod() {
    GoldSet gold = gold(
        g("S1.", "ASSAULT", "195", "RUSMIL", "UKR", "\"date\": \"2024-02-26\", \"date_granularity\": \"week\""),
        g("S2.", "ACCUSE", "112", "RUSMIL", "UKR", "\"date\": \"2024-02-01\", \"date_granularity\": \"month\""),
        g("S3.", "REQUEST", "020", "RUSMIL", "UKR", "\"date\": \"2024-03-01\", \"date_granularity\": \"day\""));
    ArticleScore s = articles(gold, p("ASSAULT", "195", "RUS", "UKR").date(LocalDate.of(2024, 3, 3)),
        p("ACCUSE", "112", "RUS", "UKR").sentence("S2.").date(LocalDate.of(2024, 3, 1)),
        p("REQUEST", "020", "RUS", "UKR").sentence("S3.").date(LocalDate.of(2024, 3, 1)));
    assertThat(s.events().tp()).isEqualTo(3);
    assertThat(s.date()).as("the Sunday of the gold week and the gold day; not another month").isEqualTo(new Ratio(2, 3));
  }

  @Test
  void placeIsRightInTheGoldCountryAndRegionButNotWhenPlacedByAnActor() {
    String kharkiv = "\"place\": {\"name\": \"Kharkiv\", \"country\": \"UKR\", \"admin1\": \"Kharkiv Oblast\"}";
    GoldSet gold = gold(g("S1.", "ASSAULT", "195", "RUSMIL", "UKR", kharkiv), g("S2.", "ASSAULT", "195", "RUSMIL", "UKR", kharkiv),
        g("S3.", "ASSAULT", "195", "RUSMIL", "UKR", kharkiv), g("S4.", "ASSAULT", "195", "RUSMIL", "UKR", ""));
    Location inRegion = new Location("Kharkiv", "town", "UKR", "Kharkivs'ka Oblast'", 50.0, 36.2, null, "text", "Kharkiv", 0.9);
    Location byActor = new Location("Ukraine", "country", "UKR", "Kharkiv", null, null, null, "actor", "", 0.5);
    Location elsewhere = new Location("Lviv", "town", "UKR", "L'vivs'ka Oblast'", 49.8, 24.0, null, "text", "Lviv", 0.9);
    ArticleScore s = articles(gold, p("ASSAULT", "195", "RUS", "UKR").location(inRegion),
        p("ASSAULT", "195", "RUS", "UKR").sentence("S2.").location(byActor).date(DAY.plusDays(1)),
        p("ASSAULT", "195", "RUS", "UKR").sentence("S3.").location(elsewhere).date(DAY.plusDays(2)),
        p("ASSAULT", "195", "RUS", "UKR").sentence("S4.").date(DAY.plusDays(3)));
    assertThat(s.events().tp()).isEqualTo(4);
    assertThat(s.place()).as("only pairs whose gold has a place").isEqualTo(new Ratio(1, 3));
  }

  @Test
  void modalityMapsTheGoldWordsToVigils() {
    GoldSet gold = gold(
        g("S1.", "CONSULT", "040", "USAGOV", "CHNGOV", "\"modality\": \"future\""),
        g("S2.", "ACCUSE", "112", "USAGOV", "CHNGOV", "\"modality\": \"alleged\""),
        g("S3.", "THREATEN", "138", "USAGOV", "CHNGOV", ""),
        g("S4.", "SANCTION", "163", "USAGOV", "CHNGOV", "\"modality\": \"conditional\""));
    ArticleScore s = articles(gold, p("CONSULT", "040", "USA", "CHN").modality(Modality.FUTURE),
        p("ACCUSE", "112", "USA", "CHN").sentence("S2."),
        p("THREATEN", "138", "USA", "CHN").sentence("S3.").modality(Modality.THREAT),
        p("SANCTION", "163", "USA", "CHN").sentence("S4.").modality(Modality.FUTURE));
    assertThat(s.events().tp()).isEqualTo(4);
    assertThat(s.modality()).as("future, alleged as asserted, a threat as asserted; not conditional")
        .isEqualTo(new Ratio(3, 4));
  }

  @Test
  void perTypeCountsGoldByTheGoldTypeAndPredictionsByTheirs() throws Exception {
    GoldSet gold = gold(g("S1.", "CONSULT", "040", "USAGOV", "CHNGOV", "\"modality\": \"future\""),
        g("S2.", "ACCUSE", "112", "USAGOV", "CHNGOV", ""));
    Report r = score(gold, p("AGREE", "036", "USA", "CHN"), p("ASSAULT", "190", "USA", "RUS").sentence("S5."));
    JsonNode json = new ObjectMapper().readTree(r.toJson()).get("articles");
    assertThat(json.get("gold_events").asInt()).isEqualTo(2);
    assertThat(json.get("predicted_events").asInt()).isEqualTo(2);
    assertThat(json.get("matched").asInt()).isEqualTo(1);
    assertThat(json.get("precision").asDouble()).isEqualTo(0.5);
    assertThat(json.get("f1").asDouble()).isEqualTo(0.5);
    assertThat(json.get("per_type").get("CONSULT").get("recall").asDouble()).isEqualTo(1.0);
    assertThat(json.get("per_type").get("CONSULT").get("precision").isNull()).isTrue();
    assertThat(json.get("per_type").get("AGREE").get("precision").asDouble()).isEqualTo(1.0);
    assertThat(json.get("per_type").get("ASSAULT").get("predicted").asInt()).isEqualTo(1);
    for (String key : List.of("recall", "source_accuracy", "target_accuracy", "date_accuracy", "place_accuracy",
        "modality_accuracy")) {
      assertThat(json.has(key)).as(key).isTrue();
    }
    assertThat(r.toText()).contains("article gold (1 articles)");
    assertThat(r.detailsText()).contains("missed", "ACCUSE 112 USAGOV (s) -> CHNGOV (t)", "extra",
        "ASSAULT 190 USA (usa) -> RUS (rus) 2024-03-02/day conf 0.50 pattern test pattern \"S5.\"");
  }

  @Test
  void otherGoldHasNoArticleSection() throws Exception {
    GoldSet plover = Evaluation.parseGold("p.jsonl", "{\"id\": \"x\", \"text\": \"t\", \"event\": \"ASSAULT\"}\n");
    assertThat(EVALUATION.score(plover, article -> List.of()).articles()).isNull();
  }

  @Test
  void articleGoldIsJoinedToItsCorpusArticleById() {
    GoldSet gold = Evaluation.parseGold("g.jsonl", """
        {"id": "1", "date": "2024-03-02", "events": []}
        {"id": "2", "date": "2024-03-02", "events": []}
        {"id": "3", "date": "2024-03-02", "text": "Its own text.", "events": []}
        """);
    Article one = new Article("1", DAY, "Title", "The corpus text.", "https://example.org/1", "voa");
    GoldSet joined = gold.withCorpus(Map.of("1", one));
    assertThat(joined.records()).extracting(GoldRecord::id).containsExactly("1", "3");
    assertThat(joined.records().get(0).toArticle()).isEqualTo(one);
    assertThat(joined.records().get(1).text()).isEqualTo("Its own text.");
    assertThat(joined.skipped()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("2", "not in the corpus");
    });
    Report r = EVALUATION.score(gold, article -> List.of());
    assertThat(r.skipped()).as("without a corpus, text-less article gold is skipped").isEqualTo(2);
  }

  @Test
  void theSplitIsFixedByTheHashOfTheId() {
    // SHA-256("8011115") starts with 0xFC (252, even)
    assertThat(ArticleSplit.DEV.includes("8011115")).isTrue();
    assertThat(ArticleSplit.HELDOUT.includes("8011115")).isFalse();
    assertThat(ArticleSplit.ALL.includes("8011115")).isTrue();
    long dev = IntStream.range(0, 2000).mapToObj(i -> "article-" + i).filter(ArticleSplit.DEV::includes).count();
    assertThat(dev).isBetween(900L, 1100L);
    GoldSet gold = Evaluation.parseGold("g.jsonl", """
        {"id": "8011115", "text": "t", "events": []}
        {"id": "x", "text": "t", "event": "ASSAULT"}
        """);
    assertThat(gold.split(ArticleSplit.HELDOUT).records()).extracting(GoldRecord::id).containsExactly("x");
    assertThat(gold.split(ArticleSplit.DEV).records()).extracting(GoldRecord::id).containsExactly("8011115", "x");
  }

  @Test
  void readsTheVoaGoldAndSplitsItRoughlyInHalves() {
    GoldSet gold = Evaluation.readGold(List.of(Shared.file("eval/voa/gold.jsonl")));
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.articles()).hasSize(89);
    assertThat(gold.articles().stream().mapToInt(a -> a.events().size()).sum()).isEqualTo(1200);
    int dev = gold.split(ArticleSplit.DEV).articles().size();
    int heldOut = gold.split(ArticleSplit.HELDOUT).articles().size();
    assertThat(dev + heldOut).isEqualTo(89);
    assertThat(dev).isEqualTo(42);
    assertThat(gold.split(ArticleSplit.DEV).articles().stream().mapToInt(a -> a.events().size()).sum()).isEqualTo(560);
  }
}
