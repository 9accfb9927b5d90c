package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.Engines.keys;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 8: an allegation of a wrong inside reported speech ("X says Y violated the
 * treaty", "X said the attack was orchestrated by militants with bases in Z") is CAMEO 112 from
 * the speaker to the alleged wrongdoer, with near misses: an act of force reported by a witness,
 * a negated wrong, the speaker's own side, and a company "based in" a country. Real CoreNLP
 * ({@link Engines#SELECTIVE}), built-in dictionaries; sentences written for Vigil.
 */
final class AllegationsIT {

  @Test
  void theDoerOfAWrongASpeakerReportsIsAccused() {
    assertThat(keys(code("Germany claims that Russia violated the treaty."))).contains("112 DEU -> RUS");
    assertThat(keys(code("The Chilean government said Argentina had breached the fishing agreement.")))
        .contains("112 CHLGOV -> ARG");
  }

  @Test
  void aSubjectTheParseHangsOnTheVerbOfSayingIsTheDoer() {
    // CoreNLP parses "said Iran is defying" with "Iran" as the object of "said"
    assertThat(keys(code("The United States said Iran is defying the Security Council."))).contains("112 USA -> IRN");
    assertThat(keys(code("The French government said Algeria is flouting the agreement.")))
        .contains("112 FRAGOV -> DZA");
  }

  @Test
  void theCountryThatHarboursTheAttackersIsAccused() {
    assertThat(keys(code("Pakistani officials said the gunmen behind Tuesday's bombing are based in Afghanistan.")))
        .contains("112 PAKGOV -> AFG");
    assertThat(keys(code("The Kenyan government said the attack was orchestrated by militants with bases in Somalia.")))
        .contains("112 KENGOV -> SOM");
  }

  @Test
  void aClaimRepeatedIsAnAllegation() {
    assertThat(keys(code("The Indian interior minister repeated the claim that the attack was masterminded by"
        + " Pakistan."))).contains("112 INDGOV -> PAK");
    assertThat(keys(code("The Greek government reiterated the claim that Turkey had violated its airspace.")))
        .contains("112 GRCGOV -> TUR");
  }

  @Test
  void aWrongSufferedAtTheHandsOfAnActorAccusesIt() {
    assertThat(keys(code("Opposition leaders in Belarus say they face harassment by the government in Minsk.")))
        .anyMatch(k -> k.startsWith("112 BLR") && k.endsWith("-> BLRGOV"));
    assertThat(keys(code("Kenyan opposition leaders said they suffered harassment and abductions by the Kenyan"
        + " police."))).anyMatch(k -> k.startsWith("112 KEN") && k.endsWith("-> KENCOP"));
  }

  @Test
  void forceReportedByAWitnessIsNoAllegation() {
    assertThat(keys(code("Nigerian police said the gunmen attacked a market in Kano.")))
        .noneMatch(k -> k.startsWith("112"));
    assertThat(keys(code("The Pakistani army said it killed 30 militants near the Afghan border.")))
        .noneMatch(k -> k.startsWith("112"));
  }

  @Test
  void aNegatedWrongIsNoAllegation() {
    assertThat(keys(code("The Chilean government said Argentina had not breached the fishing agreement.")))
        .noneMatch(k -> k.startsWith("112"));
  }

  @Test
  void theSpeakersOwnSideIsNotAccused() {
    assertThat(keys(code("The German government said Germany had violated the treaty.")))
        .noneMatch(k -> k.startsWith("112"));
  }

  @Test
  void aClaimRejectedIsNoAllegation() {
    assertThat(keys(code("Chile rejected the claim that Argentina had violated the fishing treaty.")))
        .noneMatch(k -> k.startsWith("112 CHL"));
  }

  @Test
  void aCompanyBasedInACountryAllegesNothing() {
    assertThat(keys(code("Chilean officials said the mining company is based in Argentina.")))
        .noneMatch(k -> k.startsWith("112"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("allegation-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }
}
