package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: the article's model of the parties it named. A state's institutions named
 * without a country ("officials", "the ministry", "authorities") are the institutions of the
 * country the article is about, marked {@code inferred:article-country}; a person introduced in
 * apposition to such an office ("the country's president, X") is that actor when named again.
 * Near misses: an article with no country that stands out, institutions marked as someone else's
 * ("foreign officials", "its ministry"), and a person whose office is a company's. Real CoreNLP,
 * built-in dictionaries; articles written for Vigil.
 */
final class ArticlePartiesIT {

  private static final String KENYA = "Kenya's parliament voted on Tuesday to remove the deputy president. Kenyan"
      + " lawmakers said the vote was fair. Kenya's electoral commission backed the result. ";
  private static final String PAKISTAN = "Pakistani troops killed ten militants in Balochistan on Monday. Pakistan's"
      + " army said the militants had crossed the border. Pakistan's prime minister praised the troops. ";

  @Test
  void unnamedInstitutionsAreTheArticlesCountrys() {
    List<CodedEvent> kenya = code(KENYA + "Officials accused Somalia of meddling in the vote.");
    assertThat(keys(kenya)).anyMatch(k -> k.startsWith("11") && k.endsWith(" KENGOV -> SOM"));
    assertThat(kenya.stream().filter(e -> e.source().code().equals("KENGOV")).findFirst().orElseThrow()
        .source().entries()).contains("inferred:article-country:KEN");
    assertThat(keys(code(PAKISTAN + "The ministry urged Afghanistan to hand over the militants.")))
        .anyMatch(k -> k.startsWith("02") && k.endsWith(" PAKGOV -> AFG"));
  }

  @Test
  void anInferredActorCostsConfidence() {
    double inferred = code(KENYA + "Officials accused Somalia of meddling in the vote.").stream()
        .filter(e -> e.source().code().equals("KENGOV") && e.cameo().startsWith("11")).findFirst().orElseThrow()
        .confidence();
    double named = code(KENYA + "Kenyan officials accused Somalia of meddling in the vote.").stream()
        .filter(e -> e.source().code().equals("KENGOV") && e.cameo().startsWith("11")).findFirst().orElseThrow()
        .confidence();
    assertThat(inferred).isLessThan(named);
  }

  @Test
  void noCountryStandsOutNoActorIsInferred() {
    assertThat(keys(code("Kenya and Somalia met in Nairobi on Tuesday. Kenya and Somalia signed a trade deal. Officials"
        + " accused Ethiopia of meddling in the talks.")))
        .noneMatch(k -> k.startsWith("11") && k.contains("GOV -> ETH"));
  }

  @Test
  void someoneElsesInstitutionsAreNotTheArticlesCountrys() {
    assertThat(keys(code(KENYA + "Foreign officials accused Somalia of meddling in the vote.")))
        .noneMatch(k -> k.startsWith("11") && k.contains("KEN"));
    assertThat(keys(code(KENYA + "Its ministry accused Somalia of meddling in the vote.")))
        .noneMatch(k -> k.startsWith("11") && k.contains("KEN"));
  }

  @Test
  void aPersonInAppositionToAnOfficeIsThatActorLater() {
    assertThat(keys(code(KENYA + "The country's president, Amani Wekesa, met Kenyan farmers on Wednesday. Wekesa accused"
        + " Somalia of meddling in the vote."))).anyMatch(k -> k.startsWith("11") && k.endsWith(" KENGOV -> SOM"));
    assertThat(keys(code(PAKISTAN + "Imran Qureshi, a senior official, met Pakistani farmers on Tuesday. Qureshi urged"
        + " Afghanistan to hand over the militants."))).anyMatch(k -> k.startsWith("02") && k.endsWith(" PAKGOV -> AFG"));
  }

  @Test
  void aPersonOfACompanysOfficeIsNoActor() {
    assertThat(keys(code(KENYA + "The company's chief, Amani Wekesa, met Kenyan farmers on Wednesday. Wekesa accused Somalia of"
        + " meddling in the vote."))).noneMatch(k -> k.startsWith("11") && k.contains("KEN"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("parties-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
