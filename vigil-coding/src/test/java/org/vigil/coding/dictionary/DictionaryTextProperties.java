package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/** Any dictionary text either loads or fails naming the file and a line inside it. */
final class DictionaryTextProperties {
  private static final List<String> PIECES = List.of(
      "country ARN Arnor", "country GON Gondor", "country arn lower", "org IGOWAR White Council", "group ARNREBX Rangers",
      "sector MIL Military", "sector mil", "person Aragorn Elessar", "person", "code 023 3.4 REQUEST aid Appeal",
      "code 0x3 1 X - bad", "code 040 one CONSULT - Consult", "set HELP help aid", "set help x", "verb 023 Appeal",
      "verb 999 Nope", "verb abc", "  alias Kingdom of Arnor", "  adjective Arnorian", "  member ARN 1990-01-01..",
      "  member XYZ 2000-01-01..1999-01-01", "  member ARN", "  role GONGOV 2000-01-01.. King", "  role x",
      "  noun troops", "  ask xcomp:&HELP", "  ask xcomp:&NOPE", "  appeal +for:aid target:+to", "  meet obj:",
      "  flee +in-to", "  valid ..2001-13-01", "  ignore", "   three spaces", "\tTab", "  capital", "# comment",
      "", "  status member", "  kind alliance", "  country ARN", "  sector INS", "  weird attribute", "code 02", "verb");

  @Test
  void anyTextLoadsOrFailsNamingFileAndLine() {
    Seeded.forEachCase(500, 0xD1C7_0001L, g -> {
      String text = dictionaryText(g);
      try {
        Dictionaries.parse("gen.txt", text);
      } catch (DictionaryFormatException e) {
        assertThat(e.file()).isEqualTo("gen.txt");
        assertThat(e.line()).isBetween(1, Math.max(1, text.split("\n", -1).length));
        assertThat(e.getMessage()).startsWith("gen.txt:" + e.line() + ": ");
      }
    });
  }

  /** Up to 14 lines, each one of the pieces. */
  private static String dictionaryText(Gen g) {
    return String.join("\n", g.listOf(0, 14, () -> g.pick(PIECES)));
  }
}
