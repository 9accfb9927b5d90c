package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any dictionary text either loads or fails naming the file and a line inside it. */
final class DictionaryTextProperties {

  @Property(tries = 500)
  void anyTextLoadsOrFailsNamingFileAndLine(@ForAll("dictionaryText") String text) {
    try {
      Dictionaries.parse("gen.txt", text);
    } catch (DictionaryFormatException e) {
      assertThat(e.file()).isEqualTo("gen.txt");
      assertThat(e.line()).isBetween(1, Math.max(1, text.split("\n", -1).length));
      assertThat(e.getMessage()).startsWith("gen.txt:" + e.line() + ": ");
    }
  }

  @Provide
  Arbitrary<String> dictionaryText() {
    List<String> pieces = List.of(
        "country ARN Arnor", "country GON Gondor", "country arn lower", "org IGOWAR White Council", "group ARNREBX Rangers",
        "sector MIL Military", "sector mil", "person Aragorn Elessar", "person", "code 023 3.4 REQUEST aid Appeal",
        "code 0x3 1 X - bad", "code 040 one CONSULT - Consult", "set HELP help aid", "set help x", "verb 023 Appeal",
        "verb 999 Nope", "verb abc", "  alias Kingdom of Arnor", "  adjective Arnorian", "  member ARN 1990-01-01..",
        "  member XYZ 2000-01-01..1999-01-01", "  member ARN", "  role GONGOV 2000-01-01.. King", "  role x",
        "  noun troops", "  ask xcomp:&HELP", "  ask xcomp:&NOPE", "  appeal +for:aid target:+to", "  meet obj:",
        "  flee +in-to", "  valid ..2001-13-01", "  ignore", "   three spaces", "\tTab", "  capital", "# comment",
        "", "  status member", "  kind alliance", "  country ARN", "  sector INS", "  weird attribute", "code 02", "verb");
    return Arbitraries.of(pieces).list().ofMaxSize(14).map(l -> String.join("\n", l));
  }
}
