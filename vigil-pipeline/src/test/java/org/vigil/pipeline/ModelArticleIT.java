package org.vigil.pipeline;

import org.vigil.testkit.Shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;

/**
 * The model article (../shared/articles, read in place; skipped where absent) through real CoreNLP
 * and the built-in dictionaries: the events the issue names, with their evidence and dates.
 */
final class ModelArticleIT {
  private static Article article;
  private static List<CodedEvent> events;

  @BeforeAll
  static void codeTheModelArticle() {
    List<Article> articles = new ArrayList<>();
    Engines.reader().read(Shared.file("articles/2021-07-08-csto-tajikistan.txt"), articles::add,
        r -> { throw new AssertionError("rejected: " + r); });
    article = articles.get(0);
    events = Engines.SELECTIVE.code(article);
    // every test below reads these events: none may pass on an empty list
    assertThat(events).as("events of the model article").hasSizeGreaterThanOrEqualTo(5);
  }

  private static List<CodedEvent> where(Predicate<CodedEvent> p) {
    return events.stream().filter(p).toList();
  }

  @Test
  void tajikistanAppealsToTheCstoForHelp() {
    assertThat(where(e -> e.source().country() != null && e.source().country().equals("TJK")
        && e.target() != null && e.target().code().equals("IGOCSTO") && e.cameoRoot().equals("02")))
        .isNotEmpty()
        .allSatisfy(e -> {
          assertThat(e.plover().event()).isEqualTo("REQUEST");
          assertThat(e.evidence().sentence()).contains("Tajikistan has asked");
          assertThat(e.target().members()).contains("RUS", "TJK", "KGZ", "KAZ", "BLR", "ARM");
        });
  }

  @Test
  void russiaPromisesAidToTajikistan() {
    assertThat(where(e -> "RUS".equals(e.source().country()) && e.target() != null
        && "TJK".equals(e.target().country()) && e.cameoRoot().equals("03"))).isNotEmpty();
  }

  @Test
  void theThursdayStatementIsDatedThursday() {
    assertThat(where(e -> e.evidence().sentence().startsWith("Russia said on Thursday")))
        .isNotEmpty()
        .allSatisfy(e -> {
          assertThat(e.date().date()).isEqualTo(LocalDate.of(2021, 7, 8));
          assertThat(e.date().fromText()).isTrue();
        });
  }

  @Test
  void russiasAmbassadorMeetsTheCstoTaskForce() {
    assertThat(where(e -> "RUSGOV".equals(e.source().code()) && e.target() != null
        && e.target().code().equals("IGOCSTO") && e.cameoRoot().equals("04"))).isNotEmpty();
  }

  @Test
  void theCstoIsReadyToMobiliseIfTheSituationDeteriorates() {
    assertThat(where(e -> e.source().code().equals("IGOCSTO")
        && (e.cameoRoot().equals("15") || e.cameoRoot().equals("13"))))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.CONDITIONAL));
  }

  @Test
  void afghanSecurityPersonnelFleeIntoTajikistanLastWeek() {
    assertThat(where(e -> "AFG".equals(e.source().country()) && e.target() != null
        && "TJK".equals(e.target().country())))
        .isNotEmpty()
        .allSatisfy(e -> {
          assertThat(e.date().date()).isEqualTo(LocalDate.of(2021, 6, 28));
          assertThat(e.date().granularity().label()).isEqualTo("week");
        });
  }

  @Test
  void nothingIsCodedFromTheAgencyAttribution() {
    // "..., the agency cited X as saying": the news agency is no actor, and the verb that
    // attributes a report (cite, quote, report) triggers no event of its own
    assertThat(events).noneMatch(e -> e.source().text().contains("Interfax")
        || (e.target() != null && e.target().text().contains("Interfax")));
    assertThat(events).extracting(ModelArticleIT::triggerWord)
        .noneMatch(w -> w.matches("(?i)(cit|quot|report)\\w*"));
  }

  /** The trigger's text, from the article by the event's offsets. */
  private static String triggerWord(CodedEvent e) {
    int[] t = e.evidence().trigger();
    return article.text().substring(t[0], t[1]);
  }

  @Test
  void everyEventCarriesItsSentenceAndTriggerOffsets() {
    assertThat(events).allSatisfy(e -> {
      assertThat(e.evidence().sentence()).isNotBlank();
      assertThat(e.evidence().trigger()[1]).isGreaterThan(e.evidence().trigger()[0]);
    });
  }
}
