package org.vigil.coding.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Kind;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Text;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/** Any PETRARCH dictionary text loads or fails naming its file and a line inside it. */
final class PetrarchTextProperties {
  private static final List<String> VERB_LINES = List.of(
      "--- RESTORE  [064]  ---", "--- ACCORD  [---] ---", "--- LEFT [032:033] ---", "--- BAD ---", "--- [064] ---",
      "RESTORE", "BREAK { BROKE BROKEN  }", "+ASK_FOR {+ASKED_FOR} [020]", "WIRE_+TAP", "KLM_NOP_+RST [002]", "BAN {BANS",
      "- * DIPLOMATIC  [064]", "- * &TIETYPES_TIES [902]", "- + * FROM $  [066]", "- % * [030:030]", "- * (TO BORDER) [154]",
      "- NOT * [112]", "- * TIES", "- TIES [064]", "- * * [064]", "- * OFF_ [195]", "- * X [+++]", "- * Y [:173]", "- * Z []",
      "- * &NOPE [901]", "&TIETYPES", "+MILITARY", "+SWISS FRANCS", "+&TIETYPES", "&bad name", "+", "# comment",
      "<!-- comment -->", "<!-- open", "-->", "", "~ a (a b ATTACK) SAY = a b 015", "~ nonsense", "- * {ARMS SHIPMENT} [072]");
  private static final List<String> ACTOR_LINES = List.of(
      "ARNOR_  [ARN]", "+ARNORIAN", "GOLLUM  # pas", "\t[HOB < 950601]", "\t[HOBGOV 19950601 - 19990815]",
      "\t[HOBREB > 990816]", "[XX]", "\t[HOB 991301-000101]", "\t[HOB 12345]", "BOROMIR [---]", "LORIEN [ELR/GAL]",
      "WHITE_HOUSE [USAGOV] #jw", "ENT", "\t[ENT]", "[", "]", "+", "NAME [A-B]", "<!-- x -->", "");
  private static final List<String> AGENT_LINES = List.of(
      "!PERSON! = MAN, MEN", "POLICE {} [~COP]", "MSF {} [NGO~]", "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]",
      "CONGRESS!PERSON! [~LEG]", "!NOPE!_X [~GOV]", "BROKEN [~", "NOCODE", "X {Y [~GOV]", "[~GOV]", "");

  @Test
  void anyVerbTextLoadsOrFailsNamingFileAndLine() {
    Seeded.forEachCase(300, 0x9E7A_0001L, g -> check(new Text(Kind.VERBS, "v.txt", lines(g, VERB_LINES, 16))));
  }

  @Test
  void anyActorTextLoadsOrFailsNamingFileAndLine() {
    Seeded.forEachCase(300, 0x9E7A_0002L, g -> check(new Text(Kind.ACTORS, "a.txt", lines(g, ACTOR_LINES, 12))));
  }

  @Test
  void anyAgentTextLoadsOrFailsNamingFileAndLine() {
    Seeded.forEachCase(200, 0x9E7A_0003L, g -> check(new Text(Kind.AGENTS, "g.txt", lines(g, AGENT_LINES, 8))));
  }

  private static void check(Text t) {
    try {
      PetrarchDictionaries.read(List.of(t));
    } catch (DictionaryFormatException e) {
      assertThat(e.file()).isEqualTo(t.file());
      assertThat(e.line()).isBetween(1, Math.max(1, t.text().split("\n", -1).length));
      assertThat(e.getMessage()).startsWith(t.file() + ":" + e.line() + ": ");
    }
  }

  /** Up to {@code max} lines, each one of {@code pieces}. */
  private static String lines(Gen g, List<String> pieces, int max) {
    return String.join("\n", g.listOf(0, max, () -> g.pick(pieces)));
  }
}
