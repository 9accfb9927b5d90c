package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 15: the sides of a fight named "between" ("clashes between Sudanese troops and
 * Ethiopian militias") fight each other: one event each way, each side the other's target, where
 * before each side was a source with no target. When one side is named by its sector alone
 * ("fighting between rebels and Malian forces"), that sector is the named side's target. Near
 * miss: a fight whose subject is named ("Malian troops fought rebels in the area between Gao and
 * Kidal") has one direction, and the places "between" are no sides. Real CoreNLP, built-in
 * dictionaries, sentences written for Vigil.
 */
final class SidesBetweenIT {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Clashes between Sudanese troops and Ethiopian militias killed 12 people on Tuesday.                | SDNMIL | ETHUAF
      Officials say 40 people died in clashes between Somali troops and al-Shabaab militants on Sunday.  | SOMMIL | SOMINSSHB
      Fighting between the army and the RSF has killed thousands in Sudan since April.                   | SDNMIL | SDNREBRSF
      """)
  void eachSideFightsTheOther(String text, String one, String other) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text)
        .anyMatch(k -> k.startsWith("19") && k.contains(" " + one + " -> " + other))
        .anyMatch(k -> k.startsWith("19") && k.contains(" " + other + " -> " + one))
        .noneMatch(k -> k.endsWith("-> -"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Thousands of civilians were displaced this week by fighting between rebels and Malian forces. | MLIMIL | REB
      Families fled after heavy fighting between militants and Kenyan troops near Lamu on Friday.   | KENMIL | INS
      """)
  void aSideNamedByItsSectorIsTheNamedSidesTarget(String text, String named, String sector) {
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text)
        .anyMatch(k -> k.startsWith("19") && k.contains(" " + named + " -> ") && k.endsWith(sector))
        .noneMatch(k -> k.endsWith("-> -"));
  }

  @Test
  void aFightWithANamedSubjectHasOneDirectionAndPlacesBetweenAreNoSides() {
    String text = "Malian troops fought rebels in the area between Gao and Kidal on Monday.";
    List<String> keys = Engines.keys(code(text));
    assertThat(keys).as(text).anyMatch(k -> k.startsWith("19") && k.contains(" MLIMIL -> ") && k.endsWith("REB"))
        .noneMatch(k -> k.contains("REB -> "))
        .noneMatch(k -> k.contains("GAO") || k.contains("KID"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("r15b-" + Integer.toHexString(text.hashCode()), DAY, "", text, null, null));
  }
}
