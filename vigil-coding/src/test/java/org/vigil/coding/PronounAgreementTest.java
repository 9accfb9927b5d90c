package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, round 6: a pronoun stands only for an antecedent it can agree with. "he" and "she"
 * are never a country named alone, but may be a person, an office or an organisation standing for
 * its head; "it" and "they" are never one named person; "we" may be anyone.
 */
final class PronounAgreementTest {

  private static Mention mention(String code, String country, String sector, String... entries) {
    return new Mention(0, 0, 1, code, country, sector, code, List.of(), List.of(entries), false, false);
  }

  private static final Mention CHINA = mention("CHN", "CHN", null, "country:CHN:China");
  private static final Mention TRUMP = mention("USAGOV", "USA", "GOV", "person:Donald Trump");
  private static final Mention SURNAME = mention("BIHGOV", "BIH", "GOV", "sector:GOV", "office:Dodik",
      "same-person:Dodik");
  private static final Mention MINISTER = mention("JPNGOV", "JPN", "GOV", "country:JPN:Japanese",
      "sector:GOV:prime minister");
  private static final Mention UNICEF = mention("IGOUNICEF", null, null, "org:IGOUNICEF:UNICEF");

  @Test
  void heAndSheAreNeverACountryAlone() {
    assertThat(Pronouns.agrees("she", CHINA)).isFalse();
    assertThat(Pronouns.agrees("his", CHINA)).isFalse();
    assertThat(Pronouns.agrees("he", TRUMP)).isTrue();
    assertThat(Pronouns.agrees("he", MINISTER)).isTrue();
    assertThat(Pronouns.agrees("she", UNICEF)).isTrue();
  }

  @Test
  void itAndTheyAreNeverOneNamedPerson() {
    assertThat(Pronouns.agrees("it", TRUMP)).isFalse();
    assertThat(Pronouns.agrees("they", SURNAME)).isFalse();
    assertThat(Pronouns.agrees("its", CHINA)).isTrue();
    assertThat(Pronouns.agrees("they", MINISTER)).isTrue();
  }

  @Test
  void weMayBeAnyone() {
    assertThat(Pronouns.agrees("we", CHINA)).isTrue();
    assertThat(Pronouns.agrees("we", TRUMP)).isTrue();
  }
}
