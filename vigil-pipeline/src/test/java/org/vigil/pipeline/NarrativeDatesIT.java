package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;

/**
 * Narrative time through real CoreNLP and the coder (issue 11, round 5): a sentence without a
 * time of its own that goes on telling an episode the story dated takes the episode's date, marked
 * "story"; a present statement, another actor's event, a sentence after a new time and the
 * narrator's past perfect keep the article date. The sentences are written for this test; every
 * article is dated Monday 5 July 2021, so "Tuesday" is 29 June and "Thursday" 1 July.
 */
final class NarrativeDatesIT {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);
  private static final LocalDate TUESDAY = LocalDate.of(2021, 6, 29);
  private static final LocalDate THURSDAY = LocalDate.of(2021, 7, 1);

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("narrative-" + Integer.toHexString(text.hashCode()), MONDAY, "Story",
        text, "", "test"));
  }

  private static EventDate dateOf(List<CodedEvent> events, String sentenceStart) {
    List<EventDate> dates = events.stream()
        .filter(e -> e.evidence().sentence().startsWith(sentenceStart))
        .map(CodedEvent::date)
        .distinct()
        .toList();
    assertThat(dates).as("dates of the events of \"" + sentenceStart + "\" in " + events).hasSize(1);
    return dates.get(0);
  }

  private static void assertStory(EventDate d, LocalDate day) {
    assertThat(d.date()).isEqualTo(day);
    assertThat(d.inherited()).isTrue();
    assertThat(d.fromText()).isTrue();
    assertThat(d.from()).isEqualTo("story");
  }

  private static void assertArticle(EventDate d) {
    assertThat(d.date()).isEqualTo(MONDAY);
    assertThat(d.inherited()).isFalse();
    assertThat(d.from()).isEqualTo("article");
  }

  @Test
  void thePastEventsOfTheSameActorsTakeTheEpisodesDay() {
    List<CodedEvent> events = code("""
        Kenyan police arrested opposition leaders in Nairobi on Tuesday. \
        Kenyan police also detained dozens of protesters outside parliament.""");
    assertThat(dateOf(events, "Kenyan police arrested").date()).isEqualTo(TUESDAY);
    assertStory(dateOf(events, "Kenyan police also detained"), TUESDAY);
    assertThat(dateOf(events, "Kenyan police also detained").text()).isEqualTo("Tuesday");
  }

  @Test
  void aSpeakerGoingOnTakesTheDayHeSpoke() {
    List<CodedEvent> events = code("""
        Armenia accused Azerbaijan on Thursday of shelling border villages. \
        It also criticized Azerbaijani officials for arming militias near the border.""");
    assertThat(dateOf(events, "Armenia accused").date()).isEqualTo(THURSDAY);
    assertStory(dateOf(events, "It also criticized"), THURSDAY);
  }

  @Test
  void theAttackNamedAgainIsTheSameEpisode() {
    List<CodedEvent> events = code("""
        Islamist militants attacked a Nigerian army base in Borno state on Tuesday. \
        Nigerian troops killed twelve insurgents after the attack.""");
    assertThat(dateOf(events, "Islamist militants attacked").date()).isEqualTo(TUESDAY);
    assertStory(dateOf(events, "Nigerian troops killed"), TUESDAY);
  }

  @Test
  void aPresentStatementIsMadeOnTheArticleDay() {
    List<CodedEvent> events = code("""
        Kenyan police arrested opposition leaders in Nairobi on Tuesday. \
        Kenya's government accuses the opposition of planning violent protests.""");
    assertThat(dateOf(events, "Kenyan police arrested").date()).isEqualTo(TUESDAY);
    assertArticle(dateOf(events, "Kenya's government accuses"));
  }

  @Test
  void anotherActorsEventIsNotTheEpisodes() {
    List<CodedEvent> events = code("""
        Kenyan police arrested opposition leaders in Nairobi on Tuesday. \
        Colombian police arrested drug traffickers near Cali.""");
    assertThat(dateOf(events, "Kenyan police arrested").date()).isEqualTo(TUESDAY);
    assertArticle(dateOf(events, "Colombian police"));
  }

  @Test
  void aNewTimeEndsTheEpisode() {
    List<CodedEvent> events = code("""
        Kenyan police arrested opposition leaders in Nairobi on Tuesday. \
        Kenya's president will meet opposition leaders next week. \
        Kenyan police also detained dozens of protesters outside parliament.""");
    assertThat(dateOf(events, "Kenyan police arrested").date()).isEqualTo(TUESDAY);
    assertArticle(dateOf(events, "Kenyan police also detained"));
  }

  @Test
  void theNarratorsPastPerfectIsBeforeTheEpisode() {
    List<CodedEvent> events = code("""
        Armenia accused Azerbaijan on Thursday of shelling border villages. \
        Armenia had accused Azerbaijan of similar attacks for years.""");
    assertThat(dateOf(events, "Armenia accused").date()).isEqualTo(THURSDAY);
    assertThat(dateOf(events, "Armenia had accused").inherited()).isFalse();
  }

  @Test
  void aDayInASentenceTheTriageDoesNotParseStartsTheEpisode() {
    // issue 11, round 8: the anchor has no event, so the triage leaves it unparsed; SUTime reads it
    // all the same, and its weekday is read by the tense of the verb nearest to it ("wrote")
    List<CodedEvent> posted = code("""
        "We will not give up," the Armenian foreign minister wrote Thursday on his website. \
        He added that Armenia condemned the shelling of border villages by Azerbaijan.""");
    assertStory(dateOf(posted, "He added that Armenia"), THURSDAY);
    List<CodedEvent> blast = code("""
        The blast happened on Tuesday near a busy market, witnesses wrote in posts on social media. \
        Pakistani police arrested five suspects after the blast.""");
    assertStory(dateOf(blast, "Pakistani police arrested"), TUESDAY);
  }

  @Test
  void aFutureDayInAnUnparsedSentenceStartsNoEpisode() {
    List<CodedEvent> events = code("""
        The ministers will meet again on Wednesday in Geneva. \
        He added that Armenia condemned the arming of militias by Azerbaijan.""");
    assertArticle(dateOf(events, "He added that Armenia"));
  }
}
