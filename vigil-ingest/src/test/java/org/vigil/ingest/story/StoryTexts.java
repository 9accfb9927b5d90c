package org.vigil.ingest.story;

import java.time.LocalDate;
import java.util.List;
import org.vigil.core.article.Article;

/** Made-up articles for the story tests: two stories on one made-up border conflict. */
final class StoryTexts {
  private StoryTexts() {}

  static final LocalDate DAY = LocalDate.of(2024, 3, 14);

  /** Paragraphs of the first story: shelling across the border of two made-up countries. */
  static final List<String> SHELLING = List.of(
      "Artillery units of Norvania shelled three villages across the border with Estmark on Tuesday night,"
          + " local officials said, forcing hundreds of families to leave their homes before dawn.",
      "The governor of the Estmark border province, Ilse Varga, told reporters that at least four civilians"
          + " were wounded and a school near the river crossing was badly damaged by the shells.",
      "Norvania's defence ministry denied targeting civilians and said its gunners had answered fire from"
          + " positions that Estmark troops had moved closer to the frontier during the past week.",
      "Regional mediators from the Lake Council called both governments to an emergency meeting in the"
          + " capital on Friday and urged them to pull heavy weapons back twenty kilometres from the line.",
      "Aid groups said the road to the provincial hospital stayed open, although convoys carrying tents"
          + " and medicine were delayed for several hours while soldiers searched every truck.",
      "Residents who fled to the town of Kessel described a night of explosions and said many of them"
          + " would not return until the two armies agreed to a ceasefire that both sides could watch.");

  /** Paragraphs of an unrelated story on the same conflict, with many of the same words. */
  static final List<String> TALKS = List.of(
      "Negotiators from Norvania and Estmark met in the capital of the Lake Council on Monday for a second"
          + " round of talks on the disputed border, officials from both delegations said.",
      "The Estmark foreign minister said the talks would cover the withdrawal of heavy weapons, the return"
          + " of displaced families and a joint commission to mark the frontier along the river.",
      "Norvania's delegation asked for guarantees that Estmark troops would not move closer to the line"
          + " and proposed that observers from the Lake Council patrol the villages on both sides.",
      "Diplomats said the atmosphere was calm but that no agreement was expected before the end of the"
          + " month, when the council's chairman is due to visit the provincial capital.",
      "Aid groups welcomed the meeting and called on both governments to keep the road to the border"
          + " province open for convoys carrying food, tents and medicine through the winter.");

  static Article article(String id, LocalDate date, String title, List<String> paragraphs) {
    return new Article(id, date, title, String.join("\n\n", paragraphs), "", "test");
  }
}
