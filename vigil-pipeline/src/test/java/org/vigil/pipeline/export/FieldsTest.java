package org.vigil.pipeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class FieldsTest {

  @Test
  void theNumericIdIsStableAndExactInADouble() {
    long id = Fields.numericId("5a8f0c2e9b1d4e7f60a1b2c3");

    assertThat(Fields.numericId("5a8f0c2e9b1d4e7f60a1b2c3")).isEqualTo(id);
    assertThat(id).isBetween(0L, (1L << 53) - 1);
    assertThat((long) (double) id).isEqualTo(id);
    assertThat(Fields.numericId("5a8f0c2e9b1d4e7f60a1b2c4")).isNotEqualTo(id);
  }

  @Test
  void aMillionEventIdsGetDistinctNumericIds() {
    // event ids are 24 hex digits; 53 bits give a collision among a million ids with probability
    // about 5.5e-5, among ten million about 0.55 % (docs/EVENTS.md, "Exports")
    SplittableRandom random = new SplittableRandom(0xE7E27L);
    Map<Long, String> seen = new HashMap<>(2_000_000);
    byte[] bytes = new byte[12];
    for (int i = 0; i < 1_000_000; i++) {
      random.nextBytes(bytes);
      String eventId = HexFormat.of().formatHex(bytes);
      String before = seen.put(Fields.numericId(eventId), eventId);
      if (before != null) {
        throw new AssertionError("the numeric ids of " + eventId + " and " + before + " collide");
      }
    }
    assertThat(seen).hasSize(1_000_000);
  }

  @Test
  void tabsAndLineEndsBecomeSpaces() {
    assertThat(Fields.clean("a\tb\nc\r\nd\u2028e\u0085f")).isEqualTo("a b c  d e f");
    assertThat(Fields.clean("Dushanbe, \"Tajikistan\"; é")).isEqualTo("Dushanbe, \"Tajikistan\"; é");
    assertThat(Fields.clean(null)).isEmpty();
  }

  @Test
  void numbersAreWrittenPlainly() {
    assertThat(Fields.number(3.4)).isEqualTo("3.4");
    assertThat(Fields.number(-10.0)).isEqualTo("-10.0");
    assertThat(Fields.number(0.0001)).isEqualTo("0.0001");
    assertThat(Fields.number(-0.0)).isEqualTo("0.0");
    assertThat(Fields.number(68.7791)).isEqualTo("68.7791");
    assertThat(Fields.number(null)).isEmpty();
    assertThat(Fields.number(Double.NaN)).isEmpty();
  }

  @Test
  void countriesGetTheirIsoTwoLetterCodesAndEnglishNames() {
    assertThat(Fields.iso2("DEU")).isEqualTo("DE");
    assertThat(Fields.iso2("TJK")).isEqualTo("TJ");
    assertThat(Fields.iso2("XKX")).isEmpty();
    assertThat(Fields.iso2(null)).isEmpty();
    assertThat(Fields.countryName("AFG")).isEqualTo("Afghanistan");
    assertThat(Fields.countryName("XKX")).isEqualTo("XKX");
    assertThat(Fields.countryName(null)).isEmpty();
  }
}
