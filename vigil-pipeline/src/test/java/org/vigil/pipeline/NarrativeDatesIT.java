package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
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
    return Engines.dateOfSentence(events, sentenceStart);
  }

  private static void assertStory(EventDate d, LocalDate day) {
    assertThat(d.date()).isEqualTo(day);
    assertThat(d.inherited()).isTrue();
    assertThat(d.fromText()).isTrue();
    assertThat(d.from()).isEqualTo("story");
  }

  /** A date from the story that starts on {@code first} and is known only to {@code granularity}. */
  private static void assertStoryWithin(EventDate d, LocalDate first, DateGranularity granularity) {
    assertThat(d.date()).isEqualTo(first);
    assertThat(d.granularity()).isEqualTo(granularity);
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
  @Test
  void anOffsetCountsFromTheStorysLastTime() {
    // round 11: SUTime counts "Two weeks later" from the article; the story counts it from 2 June
    List<CodedEvent> weeks = code("""
        Ethiopian troops attacked rebels in Tigray on June 2. \
        Two weeks later, Ethiopian troops arrested rebel leaders in Mekelle.""");
    EventDate later = dateOf(weeks, "Two weeks later");
    assertStory(later, LocalDate.of(2021, 6, 16));
    assertThat(later.text()).isEqualTo("Two weeks later");
    List<CodedEvent> office = code("""
        Nigeria's new president took office on May 29. \
        Three days after the president took office, Boko Haram fighters attacked a village in Borno.""");
    assertStory(dateOf(office, "Three days after"), LocalDate.of(2021, 6, 1));
  }

  @Test
  void aVagueOffsetKeepsTheGranularityTheStoryGave() {
    List<CodedEvent> months = code("""
        Ethiopian troops attacked rebels in Tigray in January 2019. \
        Several months later, rebels killed ten Ethiopian soldiers in Mekelle.""");
    assertStoryWithin(dateOf(months, "Several months later"), LocalDate.of(2019, 1, 1), DateGranularity.YEAR);
    assertThat(dateOf(months, "Several months later").end()).isEqualTo(LocalDate.of(2019, 12, 31));
    List<CodedEvent> days = code("""
        Last month, separatists ambushed a Pakistani army convoy in Kalat. \
        Days later, separatists attacked a Pakistani police station in the city.""");
    // "Last month" is June: days after some day of it is still June, at best
    assertStoryWithin(dateOf(days, "Days later"), LocalDate.of(2021, 6, 1), DateGranularity.MONTH);
  }

  @Test
  void anOffsetWithoutAStoryTimeKeepsTheArticleDate() {
    List<CodedEvent> events = code("""
        Kenya's government accuses the opposition of planning protests. \
        Days later, Kenyan police arrested opposition leaders in Nairobi.""");
    assertArticle(dateOf(events, "Days later"));
  }

  @Test
  void aPointerBackTakesTheTimeJustNamedAndTheEpisodeGoesOn() {
    List<CodedEvent> summit = code("""
        Kenyan and Somali leaders held a summit in Nairobi in February. \
        There, Kenya's president asked Somalia for help against al-Shabab. \
        Somalia rejected the request.""");
    assertStoryWithin(dateOf(summit, "There, Kenya's president"), LocalDate.of(2021, 2, 1), DateGranularity.MONTH);
    assertThat(dateOf(summit, "Somalia rejected").date()).isEqualTo(LocalDate.of(2021, 2, 1));
    List<CodedEvent> then = code("""
        Sudanese generals met rebel commanders in Juba on Tuesday. \
        Then the Sudanese army accused the rebels of attacking El Fasher.""");
    assertStory(dateOf(then, "Then the Sudanese army"), TUESDAY);
  }

  @Test
  void aPointerAfterAReturnToThePresentIsNotTheStorysTime() {
    List<CodedEvent> events = code("""
        Kenyan and Somali leaders held a summit in Nairobi in February. \
        Kenya's president said on Monday that he would speak again with Somalia soon. \
        There, Kenya's president asked Somalia for help against al-Shabab.""");
    assertThat(dateOf(events, "There, Kenya's president").inherited()).isFalse();
  }
}
