package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 3: "needs to" and "has to" in what a speaker says oblige as "must" does ("X said
 * Russia needs to withdraw" is X's demand on Russia, not Russia's withdrawal). Near misses: "there
 * has to be" names no one, "needs more tanks" is no obligation. Real CoreNLP, built-in
 * dictionaries; sentences written for Vigil.
 */
final class ReportedNeedsIT {

  @Test
  void needsToIsADemandOnTheSubject() {
    List<String> keys = keys(code("The Polish president said Russia needs to withdraw its troops from Ukraine."));
    assertThat(keys).contains("100 POLGOV -> RUS");
    assertThat(keys).noneMatch(k -> k.startsWith("087"));
  }

  @Test
  void hasToIsADemandOnTheSubject() {
    assertThat(keys(code("The Kenyan foreign minister told reporters that Somalia has to hold elections this year.")))
        .contains("100 KENGOV -> SOM");
  }

  @Test
  void thereHasToBeObligesNoOne() {
    assertThat(keys(code("The Kenyan foreign minister said there has to be a ceasefire in Somalia.")))
        .noneMatch(k -> k.startsWith("10"));
  }

  @Test
  void needingThingsIsNoObligation() {
    assertThat(keys(code("The Polish president said Poland needs more tanks from Germany.")))
        .noneMatch(k -> k.startsWith("10"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("needs-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

  private static List<String> keys(List<CodedEvent> events) {
    return events.stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())).toList();
  }
}
