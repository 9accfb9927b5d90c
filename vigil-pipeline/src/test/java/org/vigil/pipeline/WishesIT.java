package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 4: appeals worded as wishes ("X wants Y to reopen the border", "“I would like to
 * see China play a bigger role,” X said", "X hopes Y will ...") are CAMEO 020 from the speaker
 * to the actor who is to act; near misses: a wish for oneself, a wish about no actor, a negated
 * wish, a question and a plain preference. Real CoreNLP, built-in dictionaries; sentences written
 * for Vigil.
 */
final class WishesIT {

  @Test
  void whomTheSpeakerWantsToActIsTheTarget() {
    assertThat(keys(code("Kenya's foreign minister said Nairobi wants Ethiopia to reopen the border.")))
        .contains("020 KENGOV -> ETH");
    assertThat(keys(code("The Polish president wants Germany to send more tanks to Ukraine.")))
        .contains("020 POLGOV -> DEU");
  }

  @Test
  void theOneAQuotedSpeakerWouldLikeToSeeActIsTheTarget() {
    assertThat(keys(code("\"I would like to see China play a bigger role,\" the Japanese prime minister said.")))
        .contains("020 JPNGOV -> CHN");
    assertThat(keys(code("\"We would like to see India open its markets,\" the Australian trade minister said.")))
        .contains("020 AUSGOV -> IND");
  }

  @Test
  void theSubjectOfTheHopedClauseIsTheTarget() {
    assertThat(keys(code("The Italian foreign minister hopes Turkey will reopen its consulate in Benghazi.")))
        .contains("020 ITAGOV -> TUR");
    assertThat(keys(code("The Dutch prime minister said he hopes Belgium and France can agree on the budget.")))
        .contains("020 NLDGOV -> BEL", "020 NLDGOV -> FRA");
  }

  @Test
  void aWishForOneselfOrAboutNoActorIsNoAppeal() {
    assertThat(keys(code("The Egyptian president hopes to visit Sudan next month.")))
        .noneMatch(k -> k.startsWith("02"));
    assertThat(keys(code("The German chancellor hopes the talks will succeed.")))
        .noneMatch(k -> k.startsWith("02"));
  }

  @Test
  void aNegatedWishAQuestionOrAPreferenceIsNoAppeal() {
    assertThat(keys(code("The French president does not want Russia to win the war.")))
        .noneMatch(k -> k.startsWith("020"));
    assertThat(keys(code("Does the Japanese prime minister want China to play a bigger role?")))
        .noneMatch(k -> k.startsWith("020"));
    assertThat(keys(code("The Japanese prime minister likes China to play a bigger role.")))
        .noneMatch(k -> k.startsWith("020"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("wishes-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 13), "", text, null, null));
  }

}
