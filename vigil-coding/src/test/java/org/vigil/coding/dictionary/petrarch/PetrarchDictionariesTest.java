package org.vigil.coding.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.CommaClauses;
import org.vigil.coding.dictionary.DateRange;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.Sector;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.coding.dictionary.VerbPattern.Constraint;
import org.vigil.coding.dictionary.VerbPattern.SequenceWord;
import org.vigil.coding.dictionary.VerbTransformation;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Kind;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Text;

final class PetrarchDictionariesTest {

  static PetrarchDictionaries.Loaded load(Text... texts) {
    return PetrarchDictionaries.read(List.of(texts));
  }

  static Text verbs(String text) {
    return new Text(Kind.VERBS, "t.verbs.txt", text);
  }

  static Text actors(String text) {
    return new Text(Kind.ACTORS, "t.actors.txt", text);
  }

  static Text agents(String text) {
    return new Text(Kind.AGENTS, "t.agents.txt", text);
  }

  static List<VerbPattern> patterns(String verbText) {
    return load(verbs(verbText)).dictionaries().verbs().all();
  }

  static VerbPattern only(List<VerbPattern> ps, String textPart) {
    List<VerbPattern> found = ps.stream().filter(p -> p.text().contains(textPart)).toList();
    assertThat(found).as("patterns containing '%s' in %s", textPart, ps).hasSize(1);
    return found.get(0);
  }

  static List<List<String>> words(Constraint c) {
    List<List<String>> out = new ArrayList<>();
    for (SequenceWord w : c.sequence()) {
      out.add(w.alternatives().stream().map(a -> String.join(" ", a)).toList());
    }
    return out;
  }

  @Nested
  final class Verbs {
    static final String RESTORE = """
        <!-- a tiny verb dictionary -->
        &TIETYPES
        +MILITARY
        +ECONOMIC
        +SWISS FRANCS

        --- RESTORE  [064]  ---
        RESTORE    # pas 18 Jun 2007
        REESTABLISH {REESTABLISHED}
        - * DIPLOMATIC  [064]
        - * &TIETYPES_TIES [902]
        - NOT * RELATIONS  [112]
        """;

    @Test
    void bareVerbCodesTheBlockCodeUnderEveryFormOfTheBlock() {
      List<VerbPattern> bare = patterns(RESTORE).stream().filter(p -> p.constraints().isEmpty()).toList();
      assertThat(bare).extracting(VerbPattern::code).containsExactly("064", "064");
      assertThat(bare).extracting(VerbPattern::triggers)
          .containsExactly(java.util.Set.of("restore"), java.util.Set.of("reestablish", "reestablished"));
      assertThat(bare.get(0).origin()).isEqualTo("t.verbs.txt:8");
    }

    @Test
    void aPatternWrittenTwiceInABlockCodesAsWrittenLast() {
      List<VerbPattern> ps = patterns("""
          --- ORDER  [---]  ---
          ORDER
          DIRECT
          - * INQUIRY  [091]
          - * SEARCH  [090]
          - *   INQUIRY [1014]

          --- OPEN  [---]  ---
          OPEN
          - * INQUIRY  [091]
          """);
      List<VerbPattern> inquiry = ps.stream().filter(p -> p.text().contains("INQUIRY")).toList();
      assertThat(inquiry).extracting(VerbPattern::code).containsExactlyInAnyOrder("1014", "091");
      assertThat(inquiry).filteredOn(p -> p.triggers().contains("order")).extracting(VerbPattern::code).containsExactly("1014");
      assertThat(inquiry).filteredOn(p -> p.triggers().contains("open")).extracting(VerbPattern::code).containsExactly("091");
    }

    @Test
    void wordsAfterTheVerbBecomeAnAfterSequence() {
      VerbPattern p = only(patterns(RESTORE), "DIPLOMATIC");
      assertThat(p.constraints()).singleElement().satisfies(c -> {
        assertThat(c.kind()).isEqualTo(Constraint.Kind.AFTER);
        assertThat(words(c)).containsExactly(List.of("diplomatic"));
        assertThat(c.sequence().get(0).adjacent()).isFalse();
      });
    }

    @Test
    void synsetExpandsToAlternativesAndUnderscoreJoinsWords() {
      VerbPattern p = only(patterns(RESTORE), "TIES");
      Constraint c = p.constraints().get(0);
      assertThat(words(c)).containsExactly(
          List.of("military", "militaries", "economic", "economics", "swiss francs", "swiss francses"), List.of("ties"));
      assertThat(c.sequence().get(1).adjacent()).isTrue();
      assertThat(p.code()).isEqualTo("902");
    }

    @Test
    void wordsBeforeTheVerbBecomeABeforeSequence() {
      VerbPattern p = only(patterns(RESTORE), "NOT");
      assertThat(p.constraints()).extracting(Constraint::kind).containsExactly(Constraint.Kind.BEFORE, Constraint.Kind.AFTER);
      assertThat(words(p.constraints().get(0))).containsExactly(List.of("not"));
    }

    @Test
    void sourceAndTargetMarkersNameSlots() {
      List<VerbPattern> ps = patterns("""
          --- FREE  [066] ---
          FREE
          - + * FROM $  [066]
          - * WITH %  [031]
          - % * [030:030]
          - * $ [050]
          """);
      VerbPattern freed = only(ps, "FROM");
      assertThat(freed.targetSlot()).isEqualTo("nsubj");
      assertThat(freed.sourceSlot()).isEqualTo("+from");
      assertThat(only(ps, "WITH").targetSlot()).isEqualTo("+with");
      VerbPattern compound = only(ps, "030");
      assertThat(compound.targetSlot()).isEqualTo("nsubj");
      assertThat(compound.reverseCode()).isEqualTo("030");
      assertThat(only(ps, "050").sourceSlot()).isEqualTo("obj");
    }

    @Test
    void skippedNounPhraseMovesTheTargetToALaterArgument() {
      VerbPattern p = only(patterns("""
          --- CELEBRATE  [181] ---
          CELEBRATE
          - * IFTAR IN ^ +  [045]
          """), "IFTAR");
      assertThat(p.targetSlot()).isEqualTo("obl!in");
    }

    @Test
    void twoCodesGiveAReverseEventAndAnEmptyFirstHalfCodesOnlyTheReverse() {
      List<VerbPattern> ps = patterns("""
          --- LEFT  [032:033] ---
          LEFT
          - * (BEFORE COURT) [:173]
          """);
      VerbPattern bare = ps.stream().filter(p -> p.constraints().isEmpty()).findFirst().orElseThrow();
      assertThat(bare.code()).isEqualTo("032");
      assertThat(bare.reverseCode()).isEqualTo("033");
      VerbPattern court = only(ps, "COURT");
      assertThat(court.code()).isEqualTo(VerbPattern.NO_EVENT);
      assertThat(court.reverseCode()).isEqualTo("173");
      assertThat(words(court.constraints().get(0))).containsExactly(List.of("before"), List.of("court"));
    }

    @Test
    void firstWordOfAPrepositionalPhraseMustBeAPreposition() {
      VerbPattern p = only(patterns("""
          --- AGREE  [081] ---
          AGREE
          - * (TO SANCTIONS) [163]
          """), "SANCTIONS");
      List<SequenceWord> seq = p.constraints().get(0).sequence();
      assertThat(seq).extracting(SequenceWord::preposition).containsExactly(true, false);
    }

    @Test
    void nullCodePatternMatchesAndCodesNothing() {
      VerbPattern p = only(patterns("""
          --- RIOT  [181]  ---
          RIOT
          - *_POLICE  [---]
          """), "POLICE");
      assertThat(p.code()).isEqualTo(VerbPattern.NO_EVENT);
      assertThat(p.constraints().get(0).sequence().get(0).adjacent()).isTrue();
    }

    @Test
    void multiWordVerbsCarryTheirOwnWords() {
      List<VerbPattern> ps = patterns("""
          --- CONFISCATE  [1711] ---
          CONFISCATE
          WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
          +CORDON_OFF [1721]
          """);
      VerbPattern tap = ps.stream().filter(p -> p.triggers().contains("tap")).findFirst().orElseThrow();
      assertThat(tap.triggers()).containsExactlyInAnyOrder("tap", "tapped", "tapping");
      assertThat(words(tap.constraints().get(0))).containsExactly(List.of("wire"));
      assertThat(tap.constraints().get(0).kind()).isEqualTo(Constraint.Kind.BEFORE);
      VerbPattern cordon = ps.stream().filter(p -> p.triggers().contains("cordon")).findFirst().orElseThrow();
      assertThat(cordon.code()).isEqualTo("1721");
      assertThat(words(cordon.constraints().get(0))).containsExactly(List.of("off"));
      assertThat(cordon.constraints().get(0).sequence().get(0).adjacent()).isTrue();
    }

    @Test
    void markerCodesAreIgnoredWithAWarning() {
      PetrarchDictionaries.Loaded l = load(verbs("""
          --- RESTORE  [064]  ---
          RESTORE
          - * FXLL DIPLOMATIC  [+++]
          - * THE FULL  [xxy]
          """));
      assertThat(l.dictionaries().verbs().all()).extracting(VerbPattern::code).containsExactly("064");
      assertThat(l.warnings()).containsExactly(
          "t.verbs.txt:3: code '+++' is not a CAMEO code; the line is ignored",
          "t.verbs.txt:4: code 'xxy' is not a CAMEO code; the line is ignored");
    }

    @Test
    void codesOutsideCameoJoinTheCatalogue() {
      Dictionaries d = load(verbs("""
          --- ABANDON  [345]  ---
          ABANDON
          - * EFFORT [174K]
          """)).dictionaries();
      assertThat(d.cameo().find("345")).hasValueSatisfying(c -> assertThat(c.isCameo()).isFalse());
      assertThat(d.cameo().find("174K")).hasValueSatisfying(c -> assertThat(c.goldstein()).isEqualTo(d.cameo().find("174").orElseThrow().goldstein()));
    }

    @Test
    void transformationsNameTheVerbsOfWholeBlocks() {
      Dictionaries d = load(verbs("""
          --- PHYSICAL_CONFLICT   [190]  ---
          ATTACK
          BOMB
          --- EXPLAIN_VERBAL   [010]  ---
          SAY  {SAYS SAID SAYING}
          ~ a (a b ATTACK) SAY = a b 015
          ~ a (b . ATTACK) SAY = a b 112
          ~ a (_ b ATTACK) SAY = a b Q
          """)).dictionaries();
      assertThat(d.rules().transformations()).extracting(VerbTransformation::relation).containsExactly(
          VerbTransformation.Relation.SAME_SOURCE, VerbTransformation.Relation.OTHER_SOURCE,
          VerbTransformation.Relation.NO_OWN_SOURCE);
      VerbTransformation claim = d.rules().transformations().get(0);
      assertThat(claim.outerTriggers()).containsExactlyInAnyOrder("say", "says", "said", "saying");
      assertThat(claim.innerTriggers()).containsExactlyInAnyOrder("attack", "bomb");
      assertThat(claim.code()).isEqualTo("015");
      assertThat(d.rules().transformations().get(2).code()).isNull();
    }

    @Test
    void transformationOfAnUnknownVerbIsAnError() {
      assertThatThrownBy(() -> load(verbs("\n~ a (a b ATTACK) SAY = a b 015\n")))
          .hasMessage("t.verbs.txt:2: transformation names unknown verb SAY");
    }
  }

  @Nested
  final class Actors {
    static final String ACTORS = """
        ARNOR_  [ARN]
        +ARNORIAN
        WHITE_HOUSE  [USAGOV] #jw 9/14/91
        ENT
        \t[ENT]
        GOLLUM  # pas 27 Apr 03
        +SMEAGOL
        \t[HOB < 950601]
        \t[HOBGOV 19950601 - 19990815]
        \t[HOBREB > 990816]
        BOROMIR  [---]
        """;

    List<ActorEntry> entries() {
      return load(actors(ACTORS)).dictionaries().actors().entries();
    }

    @Test
    void threeLetterCodeIsACountryThatAgentsCompoundWith() {
      assertThat(entries().get(0)).isInstanceOfSatisfying(ActorEntry.Country.class, c -> {
        assertThat(c.code()).isEqualTo("ARN");
        assertThat(c.name()).isEqualTo("Arnor");
        assertThat(c.aliases()).containsExactly("Arnorian");
      });
    }

    @Test
    void longerCodeIsAGroupOfItsCountry() {
      assertThat(entries().get(1)).isInstanceOfSatisfying(ActorEntry.Group.class, g -> {
        assertThat(g.code()).isEqualTo("USAGOV");
        assertThat(g.countries()).containsExactly("USA");
        assertThat(g.sector()).isEqualTo("GOV");
      });
    }

    @Test
    void shortNamesKeepTheirCapitalsAsAbbreviations() {
      assertThat(entries().get(2).name()).isEqualTo("ENT");
    }

    @Test
    void dateBoundedCodesMakeAPersonWhoseCodeDependsOnTheDay() {
      assertThat(entries().get(3)).isInstanceOfSatisfying(ActorEntry.Person.class, p -> {
        assertThat(p.aliases()).containsExactly("Smeagol");
        assertThat(p.roleOn(LocalDate.of(1992, 1, 1)).code()).isEqualTo("HOB");
        assertThat(p.roleOn(LocalDate.of(1995, 11, 1)).code()).isEqualTo("HOBGOV");
        assertThat(p.roleOn(LocalDate.of(2001, 1, 1)).code()).isEqualTo("HOBREB");
      });
    }

    @Test
    void undatedCodeIsTheDefaultWhenNoDatedCodeHolds() {
      ActorEntry.Person p = (ActorEntry.Person) load(actors("""
          SAM_GAMGEE [HOB]
          \t[HOBCIV <20080120]
          \t[ORCHOB 20100109-20100112]
          \t[HOBMIL 20080120-20121109]
          """)).dictionaries().actors().entries().get(0);
      assertThat(p.roleOn(LocalDate.of(1995, 1, 4)).code()).isEqualTo("HOBCIV");
      assertThat(p.roleOn(LocalDate.of(2010, 1, 9)).code()).isEqualTo("ORCHOB");
      assertThat(p.roleOn(LocalDate.of(2014, 1, 1)).code()).isEqualTo("HOB");
    }

    @Test
    void compoundCodeMakesOneMarkedCountryPerCode() {
      List<ActorEntry> entries = load(actors("THE_SHIRE  [FRO/BIL/SAM]\n")).dictionaries().actors().entries();
      assertThat(entries).extracting(e -> ((ActorEntry.Country) e).code()).containsExactly("FRO", "BIL", "SAM");
      assertThat(entries).allSatisfy(e -> assertThat(((ActorEntry.Country) e).status())
          .isEqualTo(ActorEntry.Country.COMPOUND_STATUS));
    }

    @Test
    void nullCodeNamesAnActorThatNeverCodes() {
      assertThat(entries().get(4)).isInstanceOfSatisfying(ActorEntry.Group.class, g -> assertThat(g.ignore()).isTrue());
    }

    @Test
    void datesAreYymmddOrYyyymmdd() {
      assertThat(ActorFileReader.range("f", 1, "991231-080507"))
          .isEqualTo(new DateRange(LocalDate.of(1999, 12, 31), LocalDate.of(2008, 5, 7)));
      assertThat(ActorFileReader.range("f", 1, ">20130119")).isEqualTo(new DateRange(LocalDate.of(2013, 1, 20), null));
    }

    @Test
    void impossibleDatesDropTheirCodeBlockWithAWarning() {
      PetrarchDictionaries.Loaded l = load(actors("""
          KOFI_ANNAN_ [IGOUNO >9008223] [ELI]
          """));
      assertThat(l.warnings()).containsExactly("t.actors.txt:1: not a date: '9008223'; the code block is ignored");
      assertThat(l.dictionaries().actors().entries()).singleElement()
          .isInstanceOfSatisfying(ActorEntry.Country.class, c -> assertThat(c.code()).isEqualTo("ELI"));
    }
  }

  @Nested
  final class Agents {
    @Test
    void agentsBecomeSectorsWithTheirPlurals() {
      List<Sector> sectors = load(agents("""
          !PERSON! = MAN, MEN
          POLICE {} [ ~COP]
          GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
          FOREIGN_MINISTRY [~GOV]
          CONGRESS!PERSON! [~LEG]
          """)).dictionaries().actors().sectors();
      assertThat(sectors).extracting(Sector::code).containsExactly("COP", "GGS", "GOV", "LEG");
      assertThat(sectors.get(0).nouns()).containsExactly("police");
      assertThat(sectors.get(1).nouns()).containsExactly("golden goose", "golden geese");
      assertThat(sectors.get(2).nouns()).containsExactly("foreign ministry", "foreign ministries");
      assertThat(sectors.get(3).nouns()).containsExactly("congressman", "congressmen");
    }

    @Test
    void prefixAgentsAreKeptApartFromSuffixAgentsOfTheSameCode() {
      PetrarchDictionaries.Loaded l = load(agents("MSF {}  [NGO~]\nCHARITY [~NGO]\n"));
      List<Sector> sectors = l.dictionaries().actors().sectors();
      assertThat(sectors).extracting(Sector::code).containsExactly("NGO", "NGO");
      assertThat(sectors).extracting(Sector::prefix).containsExactly(true, false);
      assertThat(sectors.get(0).nouns()).containsExactly("msf");
      assertThat(l.warnings()).isEmpty();
    }
  }

  @Test
  void discardsSplitIntoStoryAndSentencePhrases() {
    Dictionaries d = load(new Text(Kind.DISCARDS, "d.txt", "MONTHS LATER\n+World Golf Championships   # pas\n")).dictionaries();
    assertThat(d.rules().sentenceDiscards()).containsExactly("months later");
    assertThat(d.rules().storyDiscards()).containsExactly("world golf championships");
  }

  @Test
  void configOptionsBecomeCodingRules() {
    Dictionaries d = load(new Text(Kind.CONFIG, "PETR_config.ini", """
        [Options]
        require_dyad = False
        new_actor_length = 0
        """)).dictionaries();
    assertThat(d.rules().requireDyad()).isFalse();
    assertThat(d.rules().wordFormTriggers()).isTrue();
    assertThat(d.rules().inferModality()).isFalse();
    assertThat(d.rules().dialect()).isEqualTo(org.vigil.coding.dictionary.Dialect.PETRARCH);
    assertThat(d.rules().distributeConjoinedModifiers()).isTrue();
    assertThat(d.rules().commaClauses()).isEqualTo(new CommaClauses(2, 8, 0, 0, 2, 8));
    assertThat(load().dictionaries().rules().requireDyad()).isTrue();
    assertThat(load(new Text(Kind.CONFIG, "PETR_config.ini", "[Options]\ncomma_bmin = 3\ncomma_bmax = 6\ncomma_max = 0\n"))
        .dictionaries().rules().commaClauses()).isEqualTo(new CommaClauses(2, 0, 3, 6, 2, 8));
  }

  @Test
  void unhonouredOptionsAreReported() {
    PetrarchDictionaries.Loaded l = load(new Text(Kind.CONFIG, "PETR_config.ini", "[Options]\nnew_actor_length = 4\n"));
    assertThat(l.warnings()).containsExactly(
        "new_actor_length = 4 is not supported: unknown noun phrases are never coded as new actors");
  }

  @Test
  void issuesAreCounted() {
    assertThat(load(new Text(Kind.ISSUES, "i.txt", """
        <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
        n:teacher [TEACHERS]
        ~a head start
        european central bank
        </ISSUE>
        """)).issues()).isEqualTo(3);
  }

  @Test
  void issuePhrasesFindTheirCodesInSentenceWords() {
    org.vigil.coding.dictionary.IssueTags issues = load(new Text(Kind.ISSUES, "i.txt", """
        <ISSUE CATEGORY="EDUCATION" TYPE="ALL">
        n:teacher [TEACHERS]
        pre+n:school [EARLY_EDUCATION]
        head start [EARLY_EDUCATION]
        ~a head start
        literacy
        </ISSUE>
        """)).dictionaries().rules().issueTags();
    // n: adds the plural; + joins the parts written together, hyphenated or apart; a phrase
    // without a code codes its category; codes come once each, in text order.
    assertThat(issues.find(List.of("Teachers", "met", "the", "teacher", "of", "literacy"))).containsExactly("TEACHERS", "EDUCATION");
    assertThat(issues.find(List.of("new", "pre-schools", "open"))).containsExactly("EARLY_EDUCATION");
    assertThat(issues.find(List.of("a", "preschool"))).containsExactly("EARLY_EDUCATION");
    assertThat(issues.find(List.of("pre", "school", "fees"))).containsExactly("EARLY_EDUCATION");
    // An exclusion covers its words: "a head start" is not the programme.
    assertThat(issues.find(List.of("Gondor", "got", "a", "head", "start"))).isEmpty();
    assertThat(issues.find(List.of("Gondor", "funds", "Head", "Start"))).containsExactly("EARLY_EDUCATION");
    assertThat(issues.find(List.of("teachings", "schooling"))).isEmpty();
    // With tags, a word written as a noun must be one.
    assertThat(issues.find(List.of("they", "teacher"), List.of("PRP", "NN"))).containsExactly("TEACHERS");
    assertThat(issues.find(List.of("new", "preschools"), List.of("JJ", "NNS"))).containsExactly("EARLY_EDUCATION");
    assertThat(issues.find(List.of("they", "teacher"), List.of("PRP", "VBP"))).isEmpty();
    assertThat(issues.find(List.of("literacy", "rose"), List.of("VB", "VBD"))).containsExactly("EDUCATION");
  }

  @Test
  void vigilsOwnRulesHaveNoIssues() {
    assertThat(org.vigil.coding.dictionary.CodingRules.VIGIL.issueTags().find(List.of("teachers"))).isEmpty();
  }

  @Nested
  final class MalformedLines {
    void fails(Text text, int line, String reason) {
      assertThatThrownBy(() -> load(text))
          .isInstanceOfSatisfying(DictionaryFormatException.class, e -> {
            assertThat(e.file()).isEqualTo(text.file());
            assertThat(e.line()).isEqualTo(line);
          })
          .hasMessage(text.file() + ":" + line + ": " + reason);
    }

    @Test
    void patternOutsideABlock() {
      fails(verbs("\n- * TIES [064]\n"), 2, "pattern outside a '--- VERB [code] ---' block");
    }

    @Test
    void patternWithoutCode() {
      fails(verbs("--- RESTORE [064] ---\nRESTORE\n- * TIES\n"), 3, "pattern needs a code in brackets: '- words * words [code]'");
    }

    @Test
    void patternWithoutVerb() {
      fails(verbs("--- RESTORE [064] ---\nRESTORE\n- TIES [064]\n"), 3, "pattern needs exactly one '*' for the verb, has 0");
    }

    @Test
    void headerWithoutCode() {
      fails(verbs("--- RESTORE ---\n"), 1, "verb block header needs a code: '--- VERB [code] ---', was '--- RESTORE ---'");
    }

    @Test
    void synsetDefinedTwice() {
      fails(verbs("&A\n+X\n&A\n+Y\n"), 3, "synset &A defined twice (first at line 1)");
    }

    @Test
    void aliasBeforeAnyActor() {
      fails(actors("# none yet\n+ARNORIAN\n"), 2, "alias '+ARNORIAN' before any actor");
    }

    @Test
    void actorWithoutCode() {
      fails(actors("ARNOR [ARN]\nGONDOR\n+MINAS_TIRITH\n"), 2, "actor 'Gondor' has no code");
    }

    @Test
    void badActorCode() {
      fails(actors("ARNOR [AR-N]\n"), 1, "bad actor code 'AR-N'");
    }

    @Test
    void agentWithoutCodeBracket() {
      fails(agents("POLICE {} [~COP\n"), 1, "agent line needs a code: 'AGENT {plurals} [~CODE]', was 'POLICE {} [~COP'");
    }

    @Test
    void badBooleanOption() {
      fails(new Text(Kind.CONFIG, "PETR_config.ini", "[Options]\nrequire_dyad = maybe\n"), 2,
          "require_dyad must be True or False, was 'maybe'");
    }

    @Test
    void issueOutsideABlock() {
      fails(new Text(Kind.ISSUES, "i.txt", "n:teacher [TEACHERS]\n"), 1, "issue phrase outside an <ISSUE> block");
    }
  }
}
