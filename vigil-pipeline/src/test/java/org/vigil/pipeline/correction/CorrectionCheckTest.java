package org.vigil.pipeline.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.correction.CorrectedCoding;

/** A corrected coding against a tiny dictionary written here: known codes, sector suffixes, new groups. */
final class CorrectionCheckTest {
  private static final Dictionaries D = Dictionaries.parse("test.txt", """
      code 02 -3.0 REQUEST - Appeal
      code 0231 3.4 REQUEST aid Appeal for economic aid
      country TJK Tajikistan
      country AFG Afghanistan
      org IGOCSTO Collective Security Treaty Organization
      group AFGINSTAL Taliban
        country AFG
        sector INS
      sector GOV Government
        noun government
      sector INS Insurgents
        noun insurgents
      sector MIL Military
        noun troops
      """);
  private final CorrectionCheck check = new CorrectionCheck(D);

  @Test
  void knownCodesSectorSuffixesAndNewGroupsPass() {
    assertThatCode(() -> check.check(new CorrectedCoding("0231", "TJKGOV", "IGOCSTO", null, null, null)))
        .doesNotThrowAnyException();
    assertThat(check.isActorCode("IGOCSTOMIL")).isTrue();
    assertThat(check.isActorCode("AFGINSTAL")).isTrue();
    assertThat(check.isActorCode("AFGINSXYZ")).isTrue();
    assertThat(check.isKnown("AFGINSXYZ")).isFalse();
  }

  @Test
  void aCameoCodeNotInTheTableIsRefusedNamingTheFieldAndValue() {
    assertThatThrownBy(() -> check.check(new CorrectedCoding("0299", "TJKGOV", null, null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coding.cameo \"0299\" is not in the CAMEO table of the dictionaries");
  }

  @Test
  void anActorCodeOfNoKnownCountryOrSectorIsRefused() {
    assertThatThrownBy(() -> check.check(new CorrectedCoding("0231", "TJKGOV", "XYZGOV", null, null, null)))
        .hasMessage("coding.target \"XYZGOV\" is no actor code of the dictionaries: neither an actor's code, nor one"
            + " followed by sector codes (TJKGOV), nor a new group's (country, sector, tag: AFGINSXYZ)");
    assertThatThrownBy(() -> check.check(new CorrectedCoding("0231", "TJKQQQ", null, null, null, null)))
        .hasMessageStartingWith("coding.source \"TJKQQQ\" is no actor code");
  }
}
