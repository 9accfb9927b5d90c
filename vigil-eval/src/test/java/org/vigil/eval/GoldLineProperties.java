package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/** Any gold text is read without throwing: each non-blank line becomes a record or a problem naming it. */
final class GoldLineProperties {
  private static final List<String> IDS = List.of("\"id\": \"a\"", "\"id\": \"b-1\"", "\"id\": \"\"", "\"id\": 7");
  private static final List<String> TEXTS =
      List.of("\"text\": \"Arnor met Gondor.\"", "\"text\": \"\"", "\"text\": null");
  private static final List<String> EXTRAS = List.of(
      "\"expected\": []", "\"expected\": [{\"source\": \"ARN\", \"target\": \"GON\", \"code\": \"064\"}]",
      "\"expected\": [{\"code\": \"\"}]", "\"expected\": [1]", "\"expected\": \"x\"", "\"noevents\": true",
      "\"noevents\": 1", "\"error\": \"dateline\"", "\"error\": 3", "\"config\": {\"a\": \"b\"}", "\"config\": []",
      "\"date\": \"1995-01-01\"", "\"date\": \"1995-13-01\"", "\"date\": 19950101", "\"event\": \"AGREE\"",
      "\"event\": null", "\"mode\": \"riot\"", "\"mode\": []", "\"context\": \"military\"",
      "\"source\": [{\"actorText\": \"Arnor\", \"code\": \"ARN\"}]", "\"source\": [{\"code\": 5}]", "\"target\": {}",
      "\"toponyms\": []", "\"toponyms\": [{\"start\": 0, \"end\": 4, \"phrase\": \"Homs\", \"lat\": 91, \"lon\": 0}]",
      "\"toponyms\": [{\"start\": 0, \"end\": 4, \"lat\": \"x\"}]");
  private static final List<String> OTHER_LINES =
      List.of("", "   ", "{", "[]", "null", "\"x\"", "{\"id\": \"a\"} {}", "{\"id\": \"a\", \"id\": \"b\"}");

  @Test
  void everyNonBlankLineBecomesARecordOrAProblemNamingIt() {
    Seeded.forEachCase(500, 0x601D_0001L, g -> assertEveryNonBlankLineIsARecordOrAProblem(goldText(g)));
  }

  private static void assertEveryNonBlankLineIsARecordOrAProblem(String text) {
    GoldSet gold = Evaluation.parseGold("gen.jsonl", text);
    List<String> lines = text.lines().toList();
    long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
    assertThat(gold.records().size() + gold.skipped().size()).isEqualTo(nonBlank);
    for (GoldProblem p : gold.skipped()) {
      assertThat(p.file()).isEqualTo("gen.jsonl");
      assertThat(lines.get(p.line() - 1)).isNotBlank();
    }
    for (GoldRecord r : gold.records()) {
      int line = Integer.parseInt(r.origin().substring("gen.jsonl:".length()));
      assertThat(lines.get(line - 1)).contains(r.id());
    }
  }

  /** Up to 8 lines: three in four a record of up to 6 fields (an id, a text or another field), else another line. */
  private static String goldText(Gen g) {
    return String.join("\n", g.listOf(0, 8, () -> g.weighted(3, 1) == 0 ? record(g) : g.pick(OTHER_LINES)));
  }

  private static String record(Gen g) {
    List<String> fields = g.listOf(0, 6, () -> g.pick(g.pick(IDS, TEXTS, EXTRAS)));
    return "{" + String.join(", ", fields) + "}";
  }
}
