package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

final class MainTextTest {

  private static List<String> paragraphs(String fixture) {
    String text = MainText.of(Jsoup.parse(TestServer.resource(fixture), "https://news.example/"));
    return List.of(text.split("\n\n"));
  }

  @Test
  void anArticlePageKeepsItsParagraphsAndDropsNavigationCaptionsSharingRelatedCommentsAndFooter() {
    List<String> p = paragraphs("page-classic.html");
    assertThat(p).hasSize(4);
    assertThat(p.get(0)).startsWith("Rebels in the eastern hills released four aid workers on Tuesday");
    assertThat(p.get(1)).startsWith("The agency said the workers, two doctors");
    assertThat(p.get(2)).startsWith("The government thanked the elders");
    assertThat(p.get(3)).startsWith("Aid agencies suspended their work");
    String all = String.join(" ", p);
    assertThat(all).doesNotContain("Politics", "convoy of aid lorries", "Share on social media", "Related stories",
        "reader comment", "Copyright", "window.analytics", "Home");
  }

  @Test
  void aPageWithoutParagraphElementsKeepsTheTextOfItsContentBlocks() {
    List<String> p = paragraphs("page-divs.html");
    String all = String.join(" ", p);
    assertThat(all).contains("The ceasefire between the government and the southern militias held for a third day")
        .contains("Monitors from the regional body reported two minor violations")
        .contains("The health ministry said mobile clinics would reach");
    assertThat(all).doesNotContain("Most read", "Subscribe today", "Families cross the river", "terms of use", "Opinion");
  }

  @Test
  void aSectionPageKeepsSubheadingsAndDropsLinkListsAndComments() {
    List<String> p = paragraphs("page-list.html");
    assertThat(p).containsSubsequence(
        "Police in the capital arrested the leader of the main opposition party on Tuesday morning, hours before a rally he had called to protest against the new election law, his party said.",
        "Protest planned",
        "Foreign embassies in the capital called for his release and urged the government to respect the right to protest.");
    String all = String.join(" ", p);
    assertThat(all).doesNotContain("Election law passes", "What the new election law changes", "First comment", "Front page");
  }

  @Test
  void aPageOfLinksHasNoMainText() {
    String html = "<html><body><ul>"
        + "<li><a href='/1'>A long headline about a story somewhere in the world today</a></li>"
        + "<li><a href='/2'>Another long headline about a different story in the world</a></li>"
        + "</ul></body></html>";
    assertThat(MainText.of(Jsoup.parse(html))).isEmpty();
  }
}
