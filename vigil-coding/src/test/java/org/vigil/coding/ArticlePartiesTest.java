package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, round 6: the article's focus country is the one named at least twice and at least
 * twice as often as any other, counted from named actors only (not inferred or fuzzy readings).
 */
final class ArticlePartiesTest {

  private static Mention named(String country) {
    return new Mention(0, 0, 1, country, country, null, country, List.of(), List.of("country:" + country + ":x"),
        false, false);
  }

  @Test
  void aCountryNamedTwiceAsOftenAsAnyOtherIsTheFocus() {
    ArticleParties parties = new ArticleParties();
    parties.remember(List.of(named("KEN"), named("SOM")));
    assertThat(parties.focus()).isNull();
    parties.remember(List.of(named("KEN")));
    assertThat(parties.focus()).isEqualTo("KEN");
    parties.remember(List.of(named("SOM")));
    assertThat(parties.focus()).isNull();
  }

  @Test
  void aCountryNamedOnceIsNoFocus() {
    ArticleParties parties = new ArticleParties();
    parties.remember(List.of(named("KEN")));
    assertThat(parties.focus()).isNull();
  }

  @Test
  void twoCountriesNamedAlikeLeaveNoFocus() {
    ArticleParties parties = new ArticleParties();
    parties.remember(List.of(named("KEN"), named("KEN"), named("SOM"), named("SOM"), named("SOM")));
    assertThat(parties.focus()).isNull();
  }

  @Test
  void inferredAndFuzzyReadingsAreNotCounted() {
    ArticleParties parties = new ArticleParties();
    Mention inferred = new Mention(0, 0, 1, "PAKGOV", "PAK", "GOV", "PAK", List.of(),
        List.of("sector:GOV", ArticleParties.INFERRED + "PAK"), false, false);
    Mention fuzzy = new Mention(0, 0, 1, "PAK", "PAK", null, "PAK", List.of(), List.of("country:PAK:Pakistn"), true,
        false);
    parties.remember(List.of(inferred, fuzzy, inferred, fuzzy));
    assertThat(parties.focus()).isNull();
  }
}
