package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint check on a small dictionary written to trip it, with the file and line it names. */
final class DictionaryLintTest {
  private static final String BASE = """
      code 023 3.4 REQUEST aid Appeal for aid
      code 040 1.0 CONSULT - Consult
      code 043 2.8 CONSULT - Host a visit
      set HELP help aid assistance
      country ARN Arnor
      country GON Gondor
      sector GOV Government
        noun government
      sector MIL Military
        noun troops
      """;

  private static List<DictionaryLint.Finding> lint(String extra) {
    return DictionaryLint.check(Dictionaries.parse("t.txt", BASE + extra));
  }

  private static List<DictionaryLint.Finding> of(List<DictionaryLint.Finding> all, String check) {
    return all.stream().filter(f -> f.check().equals(check)).toList();
  }

  @Test
  void aCleanDictionaryHasNoFindings() {
    assertThat(lint("""
        person Aragorn Elessar
          alias Elessar
          role GONGOV 2000-01-01.. King
        verb 040 Consult
          meet
          meet +with
        """)).isEmpty();
  }

  @Test
  void theBuiltInDictionariesHaveNoErrors() {
    assertThat(DictionaryLint.check(Dictionaries.builtin())).noneMatch(DictionaryLint.Finding::error);
  }

  @Test
  void aNameWrittenTwiceInOneRecord() {
    List<DictionaryLint.Finding> f = of(lint("""
        group GONREBX Grey Company
          alias Rangers
          alias rangers
        """), "duplicate-name");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.where()).isEqualTo("t.txt:11");
      assertThat(x.error()).isFalse();
      assertThat(x.message()).contains("rangers");
    });
  }

  @Test
  void aNameForTwoActors() {
    List<DictionaryLint.Finding> f = of(lint("""
        group GONREBX Grey Company
          alias Rangers
        group ARNREBY Rangers of the North
          alias Rangers
        """), "ambiguous-name");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.where()).isEqualTo("t.txt:13");
      assertThat(x.message()).contains("'rangers'", "group ARNREBY", "group GONREBX (t.txt:11)");
    });
  }

  @Test
  void aPersonWrittenTwice() {
    List<DictionaryLint.Finding> f = of(lint("""
        person Faramir
          role GONMIL 2000-01-01..2001-01-01 Captain
        person Faramir
          role GONGOV 2001-01-02.. Steward
        """), "duplicate-person");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.error()).isTrue();
      assertThat(x.where()).isEqualTo("t.txt:13");
      assertThat(x.message()).contains("first at t.txt:11");
    });
  }

  @Test
  void aNounForTwoSectors() {
    List<DictionaryLint.Finding> f = of(lint("""
        sector COP Police
          noun troops
        """), "sector-noun");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.error()).isTrue();
      assertThat(x.where()).isEqualTo("t.txt:11");
      assertThat(x.message()).contains("'troops'", "sector MIL (t.txt:9)");
    });
  }

  @Test
  void overlappingRolesOfOnePerson() {
    List<DictionaryLint.Finding> f = of(lint("""
        person Denethor
          role GONGOV 1980-01-01..1999-12-31 Steward
          role GONGOV 1995-01-01..2001-01-01 Steward
          role GONGOV 2002-01-01.. Steward
        """), "overlapping-role");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.error()).isTrue();
      assertThat(x.where()).isEqualTo("t.txt:13");
      assertThat(x.message()).contains("1995-01-01..2001-01-01", "t.txt:12");
    });
  }

  @Test
  void twoPeopleInOneSingleHolderOfficeButAHandoverOnOneDayIsFine() {
    List<DictionaryLint.Finding> f = of(lint("""
        person Isildur
          role GONGOV 1990-01-01..2000-06-01 President
        person Anarion
          role GONGOV 2000-06-01..2004-01-01 President
        person Meneldil
          role GONGOV 2003-01-01.. President
        person Ostoher
          role GONGOV 1990-01-01.. Minister of Culture
        person Tarannon
          role GONGOV 1990-01-01.. Minister of Culture
        """), "overlapping-office");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.error()).isFalse();
      assertThat(x.where()).isEqualTo("t.txt:16");
      assertThat(x.message()).contains("Meneldil", "Anarion", "t.txt:14", "GONGOV President");
    });
  }

  @Test
  void aHeadOfStateOfficeNobodyHoldsForMonthsSinceTwoThousandIsAVacancy() {
    List<DictionaryLint.Finding> f = of(lint("""
        person Valandil
          role ARNGOV 1980-01-01..1985-01-01 President
        person Eldacar
          role ARNGOV 1990-01-01..2001-03-01 President
        person Arveleg
          role ARNGOV 2001-03-01..2010-01-01 President
        person Argeleb
          role ARNGOV 2012-05-01.. President
        person Arvedui
          role ARNGOV 2010-02-15..2012-05-01 Interim President
        person Malvegil
          role ARNGOV 2001-01-01..2003-01-01 Minister of Culture
        person Celebrindor
          role ARNGOV 2008-01-01.. Minister of Culture
        """), "vacant-office");
    // 1985-1990 is before the window; the handover on 2001-03-01 is none; a minister is no head;
    // the interim under another title still leaves the office of President vacant: a warning.
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.error()).isFalse();
      assertThat(x.message()).contains("ARNGOV President", "2010-01-01", "Arveleg", "2012-05-01", "Argeleb");
    });
  }

  @Test
  void unknownCameoCodes() {
    // Without a catalogue the loader cannot reject the code; the linter can.
    Dictionaries d = Dictionaries.parse("v.txt", """
        verb 0233 Appeal for humanitarian aid
          appeal +for:food
        """);
    Dictionaries withCatalogue = new Dictionaries(d.actors(), d.verbs(), Dictionaries.builtinCameo());
    assertThat(of(DictionaryLint.check(withCatalogue), "unknown-cameo-code")).isEmpty();
    Dictionaries other = Dictionaries.parse("w.txt", """
        verb 0299 Made up
          appeal +for:food
        """);
    Dictionaries bad = new Dictionaries(other.actors(), other.verbs(), Dictionaries.builtinCameo());
    assertThat(of(DictionaryLint.check(bad), "unknown-cameo-code")).singleElement().satisfies(x -> {
      assertThat(x.error()).isTrue();
      assertThat(x.where()).isEqualTo("w.txt:2");
      assertThat(x.message()).contains("0299");
    });
  }

  @Test
  void unknownActorCodes() {
    List<DictionaryLint.Finding> f = of(lint("""
        group MORINSX Orcs of Moria
          country MOR
        org IGOWAR White Council
          parent IGONONE
        person Saruman
          role ARNGOV 1990-01-01.. Adviser
          role ARNMILGOV 1990-01-01.. Adviser
          role ARNXYZ 1990-01-01.. Wizard
          role IGOWAR 1990-01-01.. Head
          role IGOWARMIL 1990-01-01.. Commander
        """), "unknown-actor-code");
    assertThat(f).extracting(DictionaryLint.Finding::where).containsExactly("t.txt:11", "t.txt:13", "t.txt:18");
    assertThat(f).allMatch(DictionaryLint.Finding::error);
    assertThat(f.get(0).message()).contains("unknown country MOR");
    assertThat(f.get(1).message()).contains("unknown parent IGONONE");
    assertThat(f.get(2).message()).contains("ARNXYZ");
  }

  @Test
  void aPatternShadowedByAnIdenticalEarlierOneNeverFires() {
    List<DictionaryLint.Finding> f = of(lint("""
        verb 040 Consult
          meet +with
        verb 043 Host a visit
          meet +with
        """), "unreachable-pattern");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.error()).isTrue();
      assertThat(x.where()).isEqualTo("t.txt:14");
      assertThat(x.message()).contains("can never fire", "t.txt:12", "(040)");
    });
  }

  @Test
  void aPatternWhoseWordsAreCoveredByAnEarlierEquallySpecificOneNeverFires() {
    List<DictionaryLint.Finding> f = of(lint("""
        verb 023 Appeal for aid
          ask|plead +for:&HELP
        verb 040 Consult
          ask +for:aid
          plead +for:aid
          beg +for:aid
        """), "unreachable-pattern");
    assertThat(f).extracting(DictionaryLint.Finding::where).containsExactly("t.txt:14", "t.txt:15");
    assertThat(f.get(0).message()).contains("'ask +for:aid' (040) can never fire", "t.txt:12");
  }

  @Test
  void aMoreSpecificLaterPatternAndAPartlyShadowedOneAreToldApart() {
    List<DictionaryLint.Finding> f = of(lint("""
        verb 040 Consult
          meet
          ask +for:aid
        verb 023 Appeal for aid
          meet +with
          ask|beg +for:aid
        """), "unreachable-pattern");
    // "meet +with" is more specific than the bare "meet": it fires first. "beg" is not shadowed.
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.where()).isEqualTo("t.txt:16");
      assertThat(x.message()).contains("can never fire for ask");
    });
  }

  @Test
  void wordsTheTokenizerSplitsAreReportedOnceAtTheirFirstPattern() {
    Dictionaries d = Dictionaries.parse("t.txt", BASE + """
        set TRUCE ceasefire cease-fire truce
        verb 040 Consult
          observe obj:&TRUCE
          violate obj:&TRUCE
          test-fire
        """);
    // Core has no tokenizer; this one splits at hyphens as CoreNLP does for most hyphenated words.
    List<DictionaryLint.Finding> f = of(DictionaryLint.check(d, w -> List.of(w.split("(?=-)|(?<=-)"))), "split-word");
    assertThat(f).extracting(DictionaryLint.Finding::where).containsExactly("t.txt:13", "t.txt:15");
    assertThat(f.get(0).message()).contains("'cease-fire'", "(cease - fire)", "used by 2 patterns");
    assertThat(f.get(1).message()).contains("'test-fire'", "used by 1 pattern");
    assertThat(f).noneMatch(DictionaryLint.Finding::error);
    assertThat(of(DictionaryLint.check(d), "split-word")).as("skipped without a tokenizer").isEmpty();
  }

  @Test
  void findingsPrintFileAndLineFirst() {
    DictionaryLint.Finding f = new DictionaryLint.Finding(true, "t.txt:3", "something", "duplicate-name");
    assertThat(f.toString()).isEqualTo("t.txt:3: error: something [duplicate-name]");
  }
}
