package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

final class MergeEvaluationTest {
  private static String article(String id, String sentence, String date) {
    return "{\"id\": \"" + id + "\", \"date\": \"2024-03-02\", \"text\": \"" + sentence + "\", \"events\": [{\"sentence\": \""
        + sentence + "\", \"trigger\": \"met\", \"source\": {\"text\": \"s\", \"code\": \"USA\"}, \"target\": {\"text\": \"t\","
        + " \"code\": \"RUS\"}, \"plover\": \"CONSULT\", \"cameo\": \"040\", \"modality\": \"asserted\", \"date\": \"" + date
        + "\", \"date_granularity\": \"day\"}]}";
  }

  private static CodedEvent event(String article, String id, String type, String cameo, String source, String target,
      String date, String sentence) {
    LocalDate d = LocalDate.parse(date);
    return new CodedEvent(article, id, new EventDate(d, d, DateGranularity.DAY, true, "", ""), actor(source),
        actor(target), cameo, cameo.substring(0, 2), 1, 0.0, new Plover(type, null, List.of()), false, Modality.ASSERTED,
        null, new Evidence(0, sentence, new int[] {0, 1}, null, null, "test pattern", List.of()), 0.5);
  }

  private static ActorRef actor(String code) {
    return new ActorRef(code, code.substring(0, 3), null, code, code.toLowerCase(), 0, 0, null, null);
  }

  @Test
  void mergesTheCodedArticlesAndScoresTheMatchedPairs() {
    GoldSet gold = Evaluation.parseGold("g.jsonl", String.join("\n", article("a", "S1.", "2024-03-02"),
        article("b", "T1.", "2024-03-03"), article("c", "U1.", "2024-03-02")));
    // a and b merge (a day apart); c's prediction has a wrong date, 18 days later: matched, not merged;
    // b's ASSAULT has no gold event and stays out of the pairs
    Map<String, List<CodedEvent>> predicted = Map.of(
        "a", List.of(event("a", "a1", "CONSULT", "040", "USA", "RUS", "2024-03-02", "S1.")),
        "b", List.of(event("b", "b1", "CONSULT", "040", "USA", "RUS", "2024-03-03", "T1."),
            event("b", "b2", "ASSAULT", "190", "ISR", "PSE", "2024-03-03", "T1.")),
        "c", List.of(event("c", "c1", "CONSULT", "040", "USA", "RUS", "2024-03-20", "U1.")));

    MergeReport report = MergeEvaluation.run(gold, (Article x) -> predicted.get(x.id()),
        new MentionMerger(new MergeConfig(2, 50)), 2, 10);

    assertThat(report.articles()).isEqualTo(3);
    assertThat(report.predicted()).isEqualTo(4);
    assertThat(report.matched()).isEqualTo(3);
    assertThat(report.mergedEvents()).isEqualTo(3);
    assertThat(report.multiArticle()).isEqualTo(1);
    assertThat(report.maxArticles()).isEqualTo(2);
    assertThat(report.mentions()).isEqualTo(4);
    MergeReport.Split all = report.splits().get("all");
    assertThat(all.goldPairs()).isEqualTo(3);
    assertThat(all.pairs().merged()).isEqualTo(1);
    assertThat(all.pairs().mergedRight()).isEqualTo(1);
    assertThat(all.pairs().same()).isEqualTo(3);
    assertThat(all.pairs().precision()).isEqualTo(1.0);
    assertThat(all.pairs().recall()).isEqualTo(1.0 / 3);
    assertThat(all.pairs().missedWhy()).containsExactly(Map.entry("same block: dates or places", 2L));
    assertThat(report.splits().get("dev").articles() + report.splits().get("heldout").articles()).isEqualTo(3);
  }

  @Test
  void writesTheFiguresAsJson() throws Exception {
    MergeReport.Pairs pairs = new MergeReport.Pairs(4, 3, 6, 3, List.of("w"), List.of("m"),
        Map.of("target absent in one", 2L, "source code", 1L));
    MergeReport report = new MergeReport(2, 3, 4, 3, 2, 1, 2, 4, 2,
        Map.of("dev", new MergeReport.Split(2, 7, pairs)));

    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.get("day_window").asInt()).isEqualTo(2);
    assertThat(json.get("multi_article_events").asInt()).isEqualTo(1);
    assertThat(json.at("/splits/dev/gold_same_event_pairs").asLong()).isEqualTo(7);
    assertThat(json.at("/splits/dev/pair_precision").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/splits/dev/pair_recall").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/splits/dev/missed_why/target absent in one").asLong()).isEqualTo(2);
    assertThat(report.toText()).contains("dev        2 articles,    7 gold same-event pairs; matched pairs: precision"
        + " 0.750 (3 of 4 merged), recall 0.500 (3 of 6 same-event)");
  }
}
