package org.vigil.coding;

import org.vigil.testkit.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.coding.DictionaryEventCoder;
import org.vigil.core.event.EventCoder;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Kind;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Text;
import org.vigil.core.event.CodedEvent;

/**
 * The coder under the rules PETRARCH-format dictionaries bring (issue 3), over fixed annotations
 * of invented sentences and a small invented dictionary in PETRARCH's format. No models are loaded.
 */
final class PetrarchRulesTest {
  private static final EventCoder CODER = new DictionaryEventCoder(PetrarchDictionaries.read(List.of(
      new Text(Kind.ACTORS, "t.actors.txt", """
          FREEDONIA [FRE]
          FREEDONIAN [FRE]
          SYLVANIA [SYL]
          OSTERLICH [OST]
          MARSOVA [MAR]
          """),
      new Text(Kind.AGENTS, "t.agents.txt", """
          ENVOY [~GOV]
          JUDGE [~JUD]
          OFFICIAL [~GOV]
          LEADER [~GOV]
          GOVERNMENT [~GOV]
          NEWSPAPER [~MED]
          RELIEF_AGENCY [NGO~]
          POLICE {} [~COP]
          """),
      new Text(Kind.ISSUES, "t.issues.txt", """
          <ISSUE CATEGORY="MEDIA" TYPE="ALL">
          n:newspaper [PRESS]
          </ISSUE>
          """),
      new Text(Kind.VERBS, "t.verbs.txt", """
          --- CONDEMN  [122]  ---
          CONDEMN

          --- WANT  [---]  ---
          WANT [030]

          --- HELP  [070]  ---
          HELP

          --- HOLD  [---]  ---
          HOLD {HELD HOLDS HOLDING}
          - * TALKS IN ^ +  [043]

          --- PRAISE  [051]  ---
          PRAISE

          --- GRANT  [060]  ---
          PROVIDE
          """))).dictionaries());

  private static List<String> dyads(String fixture) {
    return CODER.code(Fixtures.annotator(fixture).annotate(Fixtures.article(fixture))).stream()
        .filter(e -> !e.negated()).map(PetrarchRulesTest::dyad).toList();
  }

  private static String dyad(CodedEvent e) {
    return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + ":" + e.cameo();
  }

  @Test
  void anAgentlessPassiveKeepsItsSubjectAsTheSource() {
    // "Freedonia was condemned over its border dispute with Sylvania": no "by" phrase, so PETRARCH
    // does not swap the roles.
    assertThat(dyads("petr-agentless-passive")).containsExactly("FRE>SYL:122");
  }

  @Test
  void anIntentGoverningAidIsAnIntentToGiveAid() {
    // WANT [030] + HELP [070]: "wants to help" is 033, not the aid itself.
    assertThat(dyads("petr-want-to-help")).containsExactly("FREGOV>SYL:033");
  }

  @Test
  void aMarkerAfterASkippedPhraseNamesOnePhrase() {
    // "- * TALKS IN ^ +": the leaders of Sylvania, not also Osterlich "at" which the talks were held.
    assertThat(dyads("petr-marker-one-phrase")).containsExactly("FRE>SYLGOV:043");
  }

  @Test
  void aBareSectorNounSharesTheCountryOfItsConjunct() {
    // "Judges and officials in Freedonia and Sylvania": the officials are of both countries too.
    assertThat(dyads("petr-shared-modifier"))
        .containsExactlyInAnyOrder("FREJUD>OST:051", "SYLJUD>OST:051", "FREGOV>OST:051", "SYLGOV>OST:051");
  }

  @Test
  void aNegatedCooperationIsARejection() {
    // PROVIDE [060] under "will not": rejecting material cooperation (121), not a negated 060.
    assertThat(dyads("petr-negated-cooperation")).containsExactly("FRE>SYL:121");
  }

  @Test
  void aPronounStandingForThePreviousSentencesSubjectIsAnchoredAtThePronoun() {
    // The earlier subject's tokens lie beyond the end of "They praised Sylvania.": the event's
    // source text is the pronoun, and the article is coded, not rejected.
    List<CodedEvent> events = CODER.code(Fixtures.annotator("petr-pronoun-previous-sentence")
        .annotate(Fixtures.article("petr-pronoun-previous-sentence")));
    assertThat(events).extracting(PetrarchRulesTest::dyad).containsExactly("FREGOV>OST:051", "FREGOV>SYL:051");
    assertThat(events.get(1).source().text()).isEqualTo("They");
  }

  @Test
  void everyAgentOfThePhraseIsAppendedInTextOrder() {
    // "A Freedonian government newspaper": GOV then MED, as PETRARCH appends each agent code.
    assertThat(dyads("petr-agent-stack")).containsExactly("FREGOVMED>SYL:122");
  }

  @Test
  void aPrefixAgentGoesBeforeTheActorsCode() {
    // RELIEF_AGENCY [NGO~]: "the Freedonian relief agency" is NGOFRE, not FRENGO.
    assertThat(dyads("petr-prefix-agent")).containsExactly("NGOFRE>SYL:122");
  }

  @Test
  void formerOfficeHoldersAreElitesInsteadOfTheirAgent() {
    // "Former Freedonian judges": ELI replaces JUD.
    assertThat(dyads("petr-former-agent")).containsExactly("FREELI>SYL:122");
  }

  @Test
  void anAgentWithoutPluralsMatchesOnlyTheFormsWritten() {
    // POLICE {}: "polices" is no form of the agent, even though its lemma is "police".
    assertThat(dyads("petr-agent-no-plural")).containsExactly("FRE>SYL:122");
  }

  @Test
  void eventsCarryTheIssuesOfTheirSentence() {
    List<CodedEvent> stack = CODER.code(Fixtures.annotator("petr-agent-stack").annotate(Fixtures.article("petr-agent-stack")));
    assertThat(stack).singleElement().satisfies(e -> assertThat(e.issues()).containsExactly("PRESS"));
    List<CodedEvent> former = CODER.code(Fixtures.annotator("petr-former-agent").annotate(Fixtures.article("petr-former-agent")));
    assertThat(former).singleElement().satisfies(e -> assertThat(e.issues()).isEmpty());
  }
}
