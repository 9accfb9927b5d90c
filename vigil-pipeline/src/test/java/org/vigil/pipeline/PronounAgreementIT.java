package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: "he" and "she" do not stand for a country named alone ("China ... She
 * urged"), and "it" does not stand for a named person. Near misses: the same pronoun after a
 * person of that country, who is its actor. Real CoreNLP, built-in dictionaries; articles written
 * for Vigil.
 */
final class PronounAgreementIT {

  @Test
  void sheAfterACountryIsNotThatCountry() {
    assertThat(keys(code("China expelled two Japanese diplomats on Monday. She urged Japan to apologise.")))
        .noneMatch(k -> k.startsWith("02") && k.contains("CHN"));
    assertThat(keys(code("Russia closed its embassy in Tallinn on Friday. He urged Estonia to reopen the talks.")))
        .noneMatch(k -> k.startsWith("02") && k.contains("RUS"));
  }

  @Test
  void heAfterAPersonOfTheCountryIsThatPerson() {
    assertThat(keys(code("Russian Foreign Minister Sergei Lavrov arrived in Tallinn on Friday. He urged Estonia to"
        + " reopen the talks."))).anyMatch(k -> k.startsWith("02") && k.endsWith(" RUSGOV -> EST"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("pronoun-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
