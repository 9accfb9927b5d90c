package org.vigil.coding;

import org.vigil.core.text.SentenceTriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;
import org.vigil.core.text.SentenceTriage.Needs;

final class EventCandidatesTest {
  private static final EventCandidates TRIAGE = new EventCandidates(Dictionaries.builtin(), new DictionaryEventCoder(Dictionaries.builtin()));

  @Nested
  class Parses {
    @Test
    void countryWithATriggerVerb() {
      assertThat(needs("Russia/NNP promised/VBD/promise help/NN to/TO Tajikistan/NNP ./.").parse()).isTrue();
    }

    @Test
    void pronounWithATriggerVerbForTheCoderResolvesItToAnEarlierSubject() {
      assertThat(needs("It/PRP promised/VBD/promise help/NN ./.").parse()).isTrue();
    }

    @Test
    void patternWhoseObjectWordIsThere() {
      assertThat(needs("Russia/NNP made/VBD/make a/DT visit/NN to/TO Gondor/NNP ./.").parse()).isTrue();
    }

    @Test
    void patternWhoseHyphenatedObjectWordTheTokenizerSplit() {
      // "Houthis declared a cease-fire": declare fires only with its object words; &TRUCE writes "cease-fire".
      String text = "Houthis declared a cease-fire .";
      List<Token> tokens = new ArrayList<>();
      String[][] t = {{"Houthis", "houthis", "NNPS"}, {"declared", "declare", "VBD"}, {"a", "a", "DT"},
          {"cease", "cease", "NN"}, {"-", "-", "HYPH"}, {"fire", "fire", "NN"}, {".", ".", "."}};
      int[] begins = {0, 8, 17, 19, 24, 25, 30};
      for (int i = 0; i < t.length; i++) {
        tokens.add(new Token(i, t[i][0], t[i][1], t[i][2], "O", begins[i], begins[i] + t[i][0].length()));
      }
      assertThat(TRIAGE.needs(new Sentence(0, text, 0, text.length(), tokens, List.of(), List.of())).parse()).isTrue();
      // With spaces around the hyphen it is no hyphenated word.
      assertThat(needs("Houthis/NNPS/houthis declared/VBD/declare a/DT cease/NN -/HYPH fire/NN ./.").parse()).isFalse();
    }

    @Test
    void reportedObligationWithoutAnyTriggerVerb() {
      assertThat(needs("Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT jet/NN ./.").parse()).isTrue();
    }
  }

  @Nested
  class LeavesUnparsed {
    @Test
    void sentenceWithoutAnActorName() {
      // "officials" is a sector noun: it names an actor only with a country in the same sentence
      assertThat(needs("Officials/NNS/official promised/VBD/promise help/NN ./.").parse()).isFalse();
    }

    @Test
    void sentenceWithoutATriggerVerb() {
      assertThat(needs("Russia/NNP is/VBZ/be a/DT large/JJ country/NN ./.").parse()).isFalse();
    }

    @Test
    void patternWhoseObjectWordIsMissing() {
      // "make" fires only with its object words ("visit", "call", "apology", ...)
      assertThat(needs("Russia/NNP made/VBD/make a/DT decision/NN ./.").parse()).isFalse();
    }

    @Test
    void patternWhosePrepositionIsMissing() {
      // "leave" fires only as "leave for": "the premier left for Edoras"
      assertThat(needs("Russia/NNP left/VBD/leave the/DT talks/NNS/talk ./.").parse()).isFalse();
      assertThat(needs("Russia/NNP left/VBD/leave for/IN Minsk/NNP ./.").parse()).isTrue();
    }

    @Test
    void verbTriggerUsedAsANoun() {
      assertThat(needs("Russia/NNP kept/VBD/keep its/PRP$/its promise/NN ./.").parse()).isFalse();
    }
  }

  @Test
  void unknownCapitalisedNameAsksForNamedEntitiesParsedOrNot() {
    assertThat(needs("Kovalenko/NNP smiled/VBD/smile ./.")).isEqualTo(new Needs(false, true));
    assertThat(needs("Russia/NNP promised/VBD/promise help/NN to/TO Kovalenko/NNP ./."))
        .isEqualTo(new Needs(true, true));
  }

  @Test
  void namesTheDictionariesKnowNeedNoNamedEntities() {
    assertThat(needs("Russia/NNP promised/VBD/promise help/NN to/TO Tajikistan/NNP ./."))
        .isEqualTo(new Needs(true, false));
  }

  /**
   * Without a verb pattern, only the rules of obligation, evaluation, meeting and wish can code,
   * and each codes one actor on another: a sentence naming one actor at most is left unparsed.
   */
  @Nested
  class DyadicRulesWithoutAPattern {
    @Test
    void anObligationBetweenTwoNamedActorsOrAPronounAndANameIsParsed() {
      assertThat(needs("Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT jet/NN ./.").parse()).isTrue();
      assertThat(needs("He/PRP said/VBD/say Sudan/NNP must/MD return/VB the/DT jet/NN ./.").parse()).isTrue();
    }

    @Test
    void anObligationWithOneActorIsNot() {
      assertThat(needs("Russia/NNP said/VBD/say the/DT jet/NN must/MD return/VB ./.").parse()).isFalse();
      // every pronoun the coder cannot resolve in the sentence resolves to the same earlier subject
      assertThat(needs("We/PRP said/VBD/say it/PRP must/MD return/VB ./.").parse()).isFalse();
    }

    @Test
    void anUnknownNameCountsAsAnActorTheCoderMayKnowFromEarlier() {
      assertThat(needs("Kovalenko/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT jet/NN ./.").parse()).isTrue();
      assertThat(needs("Kovalenko/NNP said/VBD/say the/DT jet/NN must/MD return/VB ./.").parse()).isFalse();
    }

    @Test
    void aWishAndANominalMeetingNeedTwoActorsToo() {
      assertThat(needs("She/PRP wants/VBZ/want Russia/NNP to/TO listen/VB ./.").parse()).isTrue();
      assertThat(needs("She/PRP wants/VBZ/want it/PRP to/TO rain/VB ./.").parse()).isFalse();
      assertThat(needs("After/IN talks/NNS/talk with/IN China/NNP ,/, Russia/NNP left/VBD/leave ./.").parse()).isTrue();
      assertThat(needs("After/IN talks/NNS/talk with/IN friends/NNS/friend ,/, Russia/NNP left/VBD/leave ./.").parse())
          .isFalse();
    }
  }

  /**
   * Round 12: a sentence all quotation is spoken by someone another sentence names, who counts as
   * one more actor beside a dictionary name, and the quotation is speech for the evaluative lexicon.
   */
  @Nested
  class QuotationsAttributedElsewhere {
    @Test
    void aQuotedObligationOnOneNamedActorIsParsed() {
      assertThat(needs("“/`` Russia/NNP must/MD listen/VB/listen ./. ”/''").parse()).isTrue();
      assertThat(needs("Sudan/NNP should/MD think/VB/think again/RB ./. ”/''").parse()).isTrue();
    }

    @Test
    void aQuotedEvaluationNeedsNoVerbOfSaying() {
      assertThat(needs("“/`` Russia/NNP 's/POS aggression/NN is/VBZ/be illegal/JJ ./. ”/''").parse()).isTrue();
      assertThat(needs("“/`` Minsk/NNP has/VBZ/have been/VBN/be reckless/JJ ./.").parse()).isTrue();
    }

    @Test
    void nearMissesTheSameWordsUnquotedQuotedWithoutANameOrWithoutAJudgement() {
      assertThat(needs("Russia/NNP must/MD listen/VB/listen ./.").parse()).isFalse();
      assertThat(needs("Sudan/NNP should/MD think/VB/think again/RB ./.").parse()).isFalse();
      assertThat(needs("Russia/NNP 's/POS aggression/NN is/VBZ/be illegal/JJ ./.").parse()).isFalse();
      assertThat(needs("“/`` They/PRP must/MD listen/VB/listen ./. ”/''").parse()).isFalse();
      assertThat(needs("“/`` Russia/NNP is/VBZ/be a/DT large/JJ country/NN ./. ”/''").parse()).isFalse();
      assertThat(TRIAGE.explain(sentence("“/`` They/PRP must/MD listen/VB/listen ./. ”/''")).reasons())
          .contains(EventCandidates.Reason.QUOTATION);
    }
  }

  /** Round 10: the learned finder's triage reason needs an actor's name on each side of its verb, close by. */
  @Nested
  class LearnedFinderWindow {
    private final EventCandidates finding = new EventCandidates(Dictionaries.builtin(),
        new DictionaryEventCoder(Dictionaries.builtin()), true);

    private boolean parsedForTheFinder(String tagged) {
      EventCandidates.Explanation e = finding.explain(sentence(tagged));
      return e.reasons().contains(EventCandidates.Reason.LEARNED_CLAUSE) && e.needs().parse();
    }

    @Test
    void aVerbOfNoPatternBetweenTwoNamesIsParsed() {
      assertThat(parsedForTheFinder("Ukraine/NNP on/IN Tuesday/NNP shadowed/VBD/shadow a/DT Russian/JJ frigate/NN ./."))
          .isTrue();
      assertThat(parsedForTheFinder("Kenya/NNP quietly/RB courted/VBD/court the/DT leaders/NNS/leader of/IN Somalia/NNP ./."))
          .isTrue();
      assertThat(parsedForTheFinder("Kenya/NNP has/VBZ/have long/RB courted/VBN/court Somalia/NNP ./.")).isTrue();
      // the learned finder is off: no such reason
      assertThat(TRIAGE.explain(sentence("Ukraine/NNP shadowed/VBD/shadow a/DT Russian/JJ frigate/NN ./.")).reasons())
          .doesNotContain(EventCandidates.Reason.LEARNED_CLAUSE);
    }

    @Test
    void twoActorsFarFromTheVerbOrOnOneSideOfItAreNot() {
      // both names before the verb
      assertThat(parsedForTheFinder("Ukraine/NNP and/CC Russia/NNP quietly/RB shuffled/VBD/shuffle along/RB ./."))
          .isFalse();
      // the second name more than three words after the verb, or the first more than two before it
      assertThat(parsedForTheFinder(
          "Ukraine/NNP shadowed/VBD/shadow the/DT old/JJ fishing/NN boats/NNS/boat of/IN Russia/NNP ./."))
          .isFalse();
      assertThat(parsedForTheFinder(
          "Ukraine/NNP ,/, in/IN a/DT rare/JJ move/NN ,/, shadowed/VBD/shadow a/DT Russian/JJ frigate/NN ./."))
          .isFalse();
      // a pronoun or a sector noun alone is no name for the finder's triage
      assertThat(parsedForTheFinder("It/PRP shadowed/VBD/shadow a/DT Russian/JJ frigate/NN ./.")).isFalse();
      // a verb of saying between them is the speech rules' business
      assertThat(parsedForTheFinder("Ukraine/NNP told/VBD/tell Russia/NNP nothing/NN ./.")).isFalse();
    }
  }

  @Nested
  class Explains {
    @Test
    void theTriggerAndActorReasonsOfAParsedSentence() {
      EventCandidates.Explanation e = TRIAGE.explain(sentence("It/PRP promised/VBD/promise help/NN ./."));

      assertThat(e.reasons()).contains(EventCandidates.Reason.PATTERN, EventCandidates.Reason.PRONOUN)
          .doesNotContain(EventCandidates.Reason.NAMED_ACTOR, EventCandidates.Reason.OBLIGATION);
      assertThat(e.patternWords()).isNotEmpty().allMatch(w -> w.startsWith("promised:"));
      assertThat(e.needs()).isEqualTo(new Needs(true, false));
    }

    @Test
    void anActorWithoutATriggerIsNoReasonToParse() {
      EventCandidates.Explanation e = TRIAGE.explain(sentence("Russia/NNP is/VBZ/be a/DT large/JJ country/NN ./."));

      assertThat(e.reasons()).containsExactly(EventCandidates.Reason.NAMED_ACTOR);
      assertThat(e.patternWords()).isEmpty();
      assertThat(e.needs().parse()).isFalse();
    }

    @Test
    void everyReasonNotOnlyTheFirst() {
      // the modal and the pattern both count, where the parse decision needs only one of them
      EventCandidates.Explanation e = TRIAGE.explain(
          sentence("Russia/NNP said/VBD/say Sudan/NNP must/MD promise/VB help/NN ./."));

      assertThat(e.reasons()).contains(EventCandidates.Reason.OBLIGATION, EventCandidates.Reason.PATTERN,
          EventCandidates.Reason.NAMED_ACTOR);
      assertThat(EventCandidates.Reason.OBLIGATION.trigger()).isTrue();
      assertThat(EventCandidates.Reason.NAMED_ACTOR.trigger()).isFalse();
    }
  }

  /** Tokens written {@code word/POS} or {@code word/POS/lemma}; the lemma defaults to the word. */
  @Nested
  class Times {
    private final org.vigil.core.article.Article article =
        org.vigil.testkit.Fixtures.article("asked-on-thursday");
    private final List<Sentence> parsed =
        org.vigil.testkit.Fixtures.annotator("asked-on-thursday").annotate(article).sentences();

    @Test
    void aCandidateWithAnEventGetsSutime() {
      assertThat(TRIAGE.timed(article, parsed, java.util.Set.of(0))).containsExactly(0);
    }

    @Test
    void onlyCandidatesAreChosen() {
      assertThat(TRIAGE.timed(article, parsed, java.util.Set.of())).isEmpty();
    }

    @Test
    void aCandidateWithoutAnEventGetsNone() {
      // the same words unparsed: the coder finds no event in them
      Sentence s = parsed.get(0);
      Sentence unparsed = new Sentence(0, s.text(), s.begin(), s.end(), s.tokens(), List.of(), List.of());

      assertThat(TRIAGE.timed(article, List.of(unparsed), java.util.Set.of(0))).isEmpty();
    }
  }

  /**
   * Which dated sentences without an event of their own SUTime reads (round 6): only those whose
   * episode a later event could take, by {@code NarrativeDates}' own tests, and those between an
   * episode's start and such an event. The coder is replaced by one that returns given events, so
   * each case decides only the choice; sentences are written as {@code word/POS}, dependencies
   * as {@code relation:governor:dependent}.
   */
  @Nested
  class EpisodeAnchors {
    private final java.time.LocalDate day = java.time.LocalDate.of(2021, 7, 5);
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<org.vigil.core.event.CodedEvent> events = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** Appends a sentence; returns its index. */
    private int add(String tagged, String... dependencies) {
      List<Token> tokens = new ArrayList<>();
      int begin = text.length();
      for (String item : tagged.split(" ")) {
        String[] p = item.split("/");
        int b = text.length();
        text.append(p[0]).append(' ');
        tokens.add(new Token(tokens.size(), p[0], p.length > 2 ? p[2] : p[0].toLowerCase(), p[1], "O", b,
            b + p[0].length()));
      }
      List<org.vigil.core.text.Dependency> deps = new ArrayList<>();
      for (String d : dependencies) {
        String[] f = d.split(":");
        deps.add(new org.vigil.core.text.Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
      }
      int index = sentences.size();
      sentences.add(new Sentence(index, text.substring(begin).trim(), begin, text.length() - 1, tokens, deps, List.of()));
      return index;
    }

    /** An event of sentence {@code k} triggered by its token {@code trigger}, between two actors. */
    private void event(int k, int trigger, String source, String target) {
      Token t = sentences.get(k).tokens().get(trigger);
      events.add(org.vigil.testkit.Events.event(article(), "e" + events.size())
          .sentence(k).trigger(t.begin(), t.end())
          .source(source, source.substring(0, 3)).target(target, target.substring(0, 3))
          .date(day).build());
    }

    private org.vigil.core.article.Article article() {
      return new org.vigil.core.article.Article("anchors", day, "Anchors", text.toString(), "", "test");
    }

    private java.util.Set<Integer> timed(Integer... candidates) {
      EventCandidates triage = new EventCandidates(Dictionaries.builtin(), a -> List.copyOf(events));
      return triage.timed(article(), List.copyOf(sentences), java.util.Set.of(candidates));
    }

    private static final String[] ARRESTED_AFTER_THE_ATTACK = {"nsubj:1:0", "root:-1:1", "obj:1:2", "case:5:3",
        "det:5:4", "obl:1:5"};

    @Test
    void aDatedSentenceIsReadWhenALaterPastEventRefersBackToIt() {
      add("Gunmen/NNS stopped/VBD/stop a/DT convoy/NN on/IN Tuesday/NNP ./.");
      add("Troops/NNS arrested/VBD/arrest suspects/NNS after/IN the/DT attack/NN ./.", ARRESTED_AFTER_THE_ATTACK);
      event(1, 1, "MLIMIL", "MLICVL");

      assertThat(timed(0)).containsExactly(0);
    }

    @Test
    void aDatedSentenceNoLaterEventCouldContinueIsNotRead() {
      // near misses: the event after it is told in the present, or in the past with nothing linking it back
      add("Gunmen/NNS stopped/VBD/stop a/DT convoy/NN on/IN Tuesday/NNP ./.");
      add("Troops/NNS arrest/VBP suspects/NNS after/IN the/DT attack/NN ./.", ARRESTED_AFTER_THE_ATTACK);
      event(1, 1, "MLIMIL", "MLICVL");
      add("Troops/NNS arrested/VBD/arrest suspects/NNS in/IN the/DT capital/NN ./.", ARRESTED_AFTER_THE_ATTACK);
      event(2, 1, "MLIMIL", "MLICVL");

      assertThat(timed(0)).isEmpty();
    }

    @Test
    void aDatedSentenceBetweenAnEpisodeAndItsNextEventIsRead() {
      // Tuesday's event and the last one share Mali: the last would continue Tuesday's episode but for
      // Thursday, which SUTime must read to start another
      add("Malian/JJ troops/NNS raided/VBD/raid a/DT camp/NN on/IN Tuesday/NNP ./.", "nsubj:2:1", "root:-1:2",
          "obj:2:4");
      event(0, 2, "MLIMIL", "MLIREB");
      add("Officials/NNS gathered/VBD/gather on/IN Thursday/NNP ./.", "nsubj:1:0", "root:-1:1", "obl:1:3");
      add("Troops/NNS arrested/VBD/arrest suspects/NNS in/IN the/DT capital/NN ./.", ARRESTED_AFTER_THE_ATTACK);
      event(2, 1, "MLIMIL", "MLICVL");

      assertThat(timed(0, 1)).containsExactlyInAnyOrder(0, 1);
      // near miss: the last event is another country's, so nothing reaches across Thursday
      events.remove(1);
      event(2, 1, "COLMIL", "COLCVL");
      assertThat(timed(0, 1)).containsExactly(0);
    }
  }

  private static Needs needs(String tagged) {
    return TRIAGE.needs(sentence(tagged));
  }

  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String lemma = p.length > 2 ? p[2] : p[0].equals(p[0].toUpperCase()) ? p[0] : p[0].toLowerCase();
      if (p[1].startsWith("NNP")) {
        lemma = p[0];
      }
      tokens.add(new Token(tokens.size(), p[0], lemma, p[1], "O", offset, offset + p[0].length()));
      offset += p[0].length() + 1;
    }
    return new Sentence(0, tagged, 0, offset, tokens, List.of(), List.of());
  }
}
