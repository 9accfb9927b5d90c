package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any gold text is read without throwing: each non-blank line becomes a record or a problem naming it. */
final class GoldLineProperties {

  @Property(tries = 500)
  void everyNonBlankLineBecomesARecordOrAProblemNamingIt(@ForAll("goldText") String text) {
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

  @Provide
  Arbitrary<String> goldText() {
    Arbitrary<String> id = Arbitraries.of("\"id\": \"a\"", "\"id\": \"b-1\"", "\"id\": \"\"", "\"id\": 7");
    Arbitrary<String> text = Arbitraries.of("\"text\": \"Arnor met Gondor.\"", "\"text\": \"\"", "\"text\": null");
    Arbitrary<String> extra = Arbitraries.of(
        "\"expected\": []", "\"expected\": [{\"source\": \"ARN\", \"target\": \"GON\", \"code\": \"064\"}]",
        "\"expected\": [{\"code\": \"\"}]", "\"expected\": [1]", "\"expected\": \"x\"", "\"noevents\": true",
        "\"noevents\": 1", "\"error\": \"dateline\"", "\"error\": 3", "\"config\": {\"a\": \"b\"}", "\"config\": []",
        "\"date\": \"1995-01-01\"", "\"date\": \"1995-13-01\"", "\"date\": 19950101", "\"event\": \"AGREE\"",
        "\"event\": null", "\"mode\": \"riot\"", "\"mode\": []", "\"context\": \"military\"",
        "\"source\": [{\"actorText\": \"Arnor\", \"code\": \"ARN\"}]", "\"source\": [{\"code\": 5}]", "\"target\": {}",
        "\"toponyms\": []", "\"toponyms\": [{\"start\": 0, \"end\": 4, \"phrase\": \"Homs\", \"lat\": 91, \"lon\": 0}]",
        "\"toponyms\": [{\"start\": 0, \"end\": 4, \"lat\": \"x\"}]");
    Arbitrary<String> record = Arbitraries.oneOf(id, text, extra).list().ofMaxSize(6)
        .map(fields -> "{" + String.join(", ", fields) + "}");
    Arbitrary<String> line = Arbitraries.oneOf(record, record, record,
        Arbitraries.of("", "   ", "{", "[]", "null", "\"x\"", "{\"id\": \"a\"} {}", "{\"id\": \"a\", \"id\": \"b\"}"));
    return line.list().ofMaxSize(8).map(l -> String.join("\n", l));
  }
}
