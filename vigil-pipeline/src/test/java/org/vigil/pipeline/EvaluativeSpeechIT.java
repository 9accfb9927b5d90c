package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 3: criticism reported as what a speaker said ("X said Russia's aggression was
 * illegal", "“Minsk is the aggressor,” X said") is CAMEO 111 from the speaker to the evaluated
 * actor, with near misses: a positive evaluation, a negated one, a question, a conditional, and
 * an evaluation of something no actor owns. Real CoreNLP, built-in dictionaries; sentences
 * written for Vigil.
 */
final class EvaluativeSpeechIT {

  @Test
  void theOwnerOfAnActCalledIllegalIsTheTarget() {
    assertThat(keys(code("The Estonian foreign minister said Belarus's unlawful detention of the activists was a"
        + " violation of international law."))).contains("111 ESTGOV -> BLR");
    assertThat(keys(code("The Chilean president told reporters that Argentina's illegal blockade had to end.")))
        .contains("111 CHLGOV -> ARG");
  }

  @Test
  void theSubjectOfAnEvaluationIsTheTarget() {
    assertThat(keys(code("\"Minsk is the aggressor here,\" the Latvian president said on Monday.")))
        .contains("111 LVAGOV -> BLRGOV");
    assertThat(keys(code("The EU is an abusive and hostile bloc, the Serbian president said on Monday.")))
        .contains("111 SRBGOV -> IGOEU");
  }

  @Test
  void theDoerOfAnAbuseIsTheTarget() {
    assertThat(keys(code("The Chilean president told reporters that Argentina had committed grave abuses.")))
        .contains("111 CHLGOV -> ARG");
  }

  @Test
  void aPositiveEvaluationIsNoCriticism() {
    assertThat(keys(code("\"Hungary is a good partner,\" the Latvian president said on Monday.")))
        .noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void aNegatedEvaluationIsNoCriticism() {
    assertThat(keys(code("The Lithuanian foreign minister said Belarus was not the aggressor.")))
        .noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void aQuestionOrAConditionIsNoCriticism() {
    assertThat(keys(code("Is Belarus the aggressor, the Latvian president said?"))).noneMatch(k -> k.startsWith("11"));
    assertThat(keys(code("If Russia is the aggressor, Poland will act, the Polish president said.")))
        .noneMatch(k -> k.startsWith("111"));
  }

  @Test
  void anEvaluationOfNoActorIsNoCriticism() {
    assertThat(keys(code("The Polish president said the storm was cruel to farmers in Argentina.")))
        .noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void theSpeakersOwnSideIsNoTarget() {
    assertThat(keys(code("The Polish president said Poland's old policy was a violation of the treaty.")))
        .noneMatch(k -> k.startsWith("11"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("evalspeech-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
