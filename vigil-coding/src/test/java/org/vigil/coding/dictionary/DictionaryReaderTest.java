package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class DictionaryReaderTest {
  static final String SMALL = """
      # a tiny dictionary written for this test
      code 023 3.4 REQUEST aid Appeal for aid
      code 040 1.0 CONSULT - Consult
      set HELP help aid assistance
      country ARN Arnor
        alias Kingdom of Arnor
        adjective Arnorian
        capital Annuminas
      country GON Gondor
        adjective Gondorian
      org IGOWAR White Council
        alias Council
        member ARN 1990-01-01..
        member GON 1990-01-01..1999-12-31
      sector MIL Military
        noun troops
        noun security personnel
      person Aragorn Elessar
        alias Elessar
        role GONGOV 2000-01-01.. King
      verb 023 Appeal for aid
        ask xcomp:&HELP
        appeal +for:&HELP
      verb 040 Consult
        meet
      """;

  @Test
  void readsEveryKindOfRecord() {
    Dictionaries d = Dictionaries.parse("small.txt", SMALL);
    assertThat(d.cameo().size()).isEqualTo(2);
    assertThat(d.actors().entries()).hasSize(4);
    assertThat(d.actors().sectors()).extracting(Sector::code).containsExactly("MIL");
    assertThat(d.verbs().forLemma("ask")).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("023"))
        .satisfies(p -> assertThat(p.constraints().get(0).words()).containsExactlyInAnyOrder("help", "aid", "assistance"));
    assertThat(d.verbs().forLemma("appeal").get(0).origin()).isEqualTo("small.txt:23");
  }

  @Test
  void namedSetsAreExposedByName() {
    // TradeMeasures reads the SANCTION set this way; an unknown name is an empty set, not an error
    Dictionaries d = Dictionaries.parse("small.txt", SMALL.replace("set HELP help aid assistance", "set HELP Help aid assistance"));
    assertThat(d.verbs().set("HELP")).containsExactlyInAnyOrder("help", "aid", "assistance");
    assertThat(d.verbs().set("SANCTION")).isEmpty();
  }

  @Test
  void membershipsAreDateBounded() {
    Dictionaries d = Dictionaries.parse("small.txt", SMALL);
    var council = (ActorEntry.Organisation) d.actors().byCode("IGOWAR");
    assertThat(council.membersOn(LocalDate.of(1995, 1, 1))).containsExactly("ARN", "GON");
    assertThat(council.membersOn(LocalDate.of(2005, 1, 1))).containsExactly("ARN");
  }

  @Test
  void personRolesAreDateBounded() {
    Dictionaries d = Dictionaries.parse("small.txt", SMALL);
    var aragorn = (ActorEntry.Person) d.actors().lookup("Elessar").get(0).entry();
    assertThat(aragorn.roleOn(LocalDate.of(2001, 1, 1)).code()).isEqualTo("GONGOV");
    assertThat(aragorn.roleOn(LocalDate.of(1999, 1, 1))).isNull();
  }

  @Nested
  class MalformedLines {
    @Test
    void unknownKindNamesFileAndLine() {
      assertThatThrownBy(() -> Dictionaries.parse("bad.txt", "country ARN Arnor\nplanet X Y\n"))
          .isInstanceOf(DictionaryFormatException.class)
          .hasMessageStartingWith("bad.txt:2: unknown record kind 'planet'");
    }

    @Test
    void badIndentationNamesTheLine() {
      assertThatThrownBy(() -> Dictionaries.parse("bad.txt", "country ARN Arnor\n   alias Arnor\n"))
          .isInstanceOf(DictionaryFormatException.class)
          .hasMessage("bad.txt:2: attribute lines are indented by exactly two spaces");
    }

    @Test
    void badDateRangeNamesTheLine() {
      String text = "org IGOX X\n  member ARN 2001-02-30..\n";
      assertThatThrownBy(() -> Dictionaries.parse("bad.txt", text))
          .isInstanceOf(DictionaryFormatException.class)
          .hasMessage("bad.txt:2: not a date YYYY-MM-DD: '2001-02-30'");
    }

    @Test
    void undefinedWordSetNamesThePatternLine() {
      String text = "code 023 3.4 REQUEST - Appeal\nverb 023 Appeal\n  ask xcomp:&NOPE\n";
      assertThatThrownBy(() -> Dictionaries.parse("bad.txt", text))
          .isInstanceOf(DictionaryFormatException.class)
          .hasMessage("bad.txt:3: undefined word set &NOPE");
    }

    @Test
    void patternWithUnknownCodeNamesItsLine() {
      String text = "code 023 3.4 REQUEST - Appeal\nverb 024 Other\n  demand\n";
      assertThatThrownBy(() -> Dictionaries.parse("bad.txt", text))
          .isInstanceOf(DictionaryFormatException.class)
          .hasMessage("bad.txt:3: unknown CAMEO code 024");
    }

    @Test
    void duplicateActorCodeIsRejected() {
      assertThatThrownBy(() -> Dictionaries.parse("bad.txt", "country ARN Arnor\ncountry ARN Arnor again\n"))
          .isInstanceOf(DictionaryFormatException.class)
          .hasMessage("bad.txt:2: duplicate actor code ARN");
    }
  }
}
