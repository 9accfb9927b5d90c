package org.vigil.core.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.Modality;

final class CorrectionTest {
  static final OriginalCoding ORIGINAL = new OriginalCoding("0233", "TJKGOV", "Tajikistan", "IGOCSTO", "the CSTO",
      LocalDate.of(2021, 7, 2), "Dushanbe", "TJK", Modality.ASSERTED, false, 1, "Tajikistan asked the CSTO for help.",
      "asked", "ask +for:&HELP (builtin/verbs.txt:174)", 0.8);
  static final Instant AT = Instant.parse("2021-07-03T10:00:00Z");
  static final CorrectedCoding CODING = new CorrectedCoding("0231", "TJKGOV", "IGOCSTO", LocalDate.of(2021, 7, 2),
      "Dushanbe", null);

  static Correction wrong(CorrectedCoding coding, String note) {
    return new Correction("c-0001", "ev1", "a1", AT, Verdict.WRONG, "ana", note, coding, ORIGINAL);
  }

  @Test
  void aWrongVerdictKeepsTheRightCodingAndTheOriginal() {
    Correction c = wrong(CODING, " economic aid, not humanitarian ");
    assertThat(c.coding().cameo()).isEqualTo("0231");
    assertThat(c.coding().modality()).isEqualTo(Modality.ASSERTED);
    assertThat(c.note()).isEqualTo("economic aid, not humanitarian");
    assertThat(c.original().cameo()).isEqualTo("0233");
    assertThat(c.noEvent()).isFalse();
  }

  @Test
  void aWrongVerdictWithoutCodingButWithANoteMeansNoEventHere() {
    assertThat(wrong(null, "a headline, not an event").noEvent()).isTrue();
  }

  @Test
  void verdictsReadInAnyCase() {
    assertThat(Verdict.of("Wrong")).isEqualTo(Verdict.WRONG);
    assertThat(Verdict.RIGHT.label()).isEqualTo("right");
  }

  @Nested
  final class Refused {
    @Test
    void wrongWithoutCodingOrNote() {
      assertThatThrownBy(() -> wrong(null, " ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("correction c-0001: a wrong verdict needs the right coding, or a note saying why there is no"
              + " event here (coding null)");
    }

    @Test
    void rightWithACoding() {
      assertThatThrownBy(() -> new Correction("c-0001", "ev1", "a1", AT, Verdict.RIGHT, "ana", "", CODING, ORIGINAL))
          .hasMessage("correction c-0001: a right verdict takes no coding (the event's own is the coding); give"
              + " verdict wrong to change it");
    }

    @Test
    void noAnalyst() {
      assertThatThrownBy(() -> new Correction("c-0001", "ev1", "a1", AT, Verdict.RIGHT, "  ", "", null, ORIGINAL))
          .hasMessage("correction c-0001: analyst is missing: name who gives the correction");
    }

    @Test
    void aBadId() {
      assertThatThrownBy(() -> new Correction("c 1", "ev1", "a1", AT, Verdict.RIGHT, "ana", "", null, ORIGINAL))
          .hasMessage("correction id \"c 1\" is not 4 to 64 letters, digits, - or _");
    }

    @Test
    void aCameoCodeOfTheWrongShape() {
      assertThatThrownBy(() -> new CorrectedCoding("2a31", "TJKGOV", null, null, null, null))
          .hasMessage("coding.cameo \"2a31\" is not a CAMEO code (2 to 4 digits, as 0231)");
    }

    @Test
    void anActorCodeOfTheWrongShape() {
      assertThatThrownBy(() -> new CorrectedCoding("0231", "TJKGOV", "csto", null, null, null))
          .hasMessage("coding.target \"csto\" is not an actor code (three capital letters, then up to twelve capitals"
              + " or digits, as TJKGOV or IGOCSTO)");
      assertThatThrownBy(() -> new CorrectedCoding("0231", null, null, null, null, null))
          .hasMessageStartingWith("coding.source \"null\" is not an actor code");
    }

    @Test
    void aBadVerdict() {
      assertThatThrownBy(() -> Verdict.of("maybe")).hasMessage("verdict \"maybe\" is neither right nor wrong");
    }
  }
}
