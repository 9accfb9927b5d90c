package org.vigil.coding.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Kind;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Text;

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

  @Property(tries = 300)
  void anyVerbTextLoadsOrFailsNamingFileAndLine(@ForAll("verbText") String text) {
    check(new Text(Kind.VERBS, "v.txt", text));
  }

  @Property(tries = 300)
  void anyActorTextLoadsOrFailsNamingFileAndLine(@ForAll("actorText") String text) {
    check(new Text(Kind.ACTORS, "a.txt", text));
  }

  @Property(tries = 200)
  void anyAgentTextLoadsOrFailsNamingFileAndLine(@ForAll("agentText") String text) {
    check(new Text(Kind.AGENTS, "g.txt", text));
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

  @Provide
  Arbitrary<String> verbText() {
    return lines(VERB_LINES, 16);
  }

  @Provide
  Arbitrary<String> actorText() {
    return lines(ACTOR_LINES, 12);
  }

  @Provide
  Arbitrary<String> agentText() {
    return lines(AGENT_LINES, 8);
  }

  private static Arbitrary<String> lines(List<String> pieces, int max) {
    return Arbitraries.of(pieces).list().ofMaxSize(max).map(l -> String.join("\n", l));
  }
}
