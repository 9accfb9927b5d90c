package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/**
 * Narrative time (issue 11, round 5): a story dates an episode once ("On Tuesday, militants
 * attacked a train") and tells the rest of it without a time ("Five soldiers were killed in the
 * attack", "He added that ..."); the coders date those events by the episode, not by the article.
 * A document-level stage after sentence coding: an event that has only the article date takes the
 * date of the story's current episode when
 * <ul>
 *   <li>the episode is an earlier event dated by its own time expression before the article date
 *       (a day, week or month), at most {@link #REACH} sentences back, with every sentence between
 *       free of time expressions of their own (a sentence with one starts another episode);
 *   <li>the event's sentence has no time expression of its own;
 *   <li>the event is told in the past ("was killed", "added that ..."), not in the present
 *       ("says", "has said") nor the future ("will meet"): a present statement is made on the
 *       article day;
 *   <li>it continues the episode: it shares a country or organisation with it (within
 *       {@link #ACTOR_REACH} sentences), its sentence opens
 *       with a pronoun for the episode's actor ("He added"), or it refers back to the episode's
 *       event by a definite noun ("the attack", "the talks").
 * </ul>
 * An inherited event continues the episode in turn (its sentence counts as the episode's latest).
 * Inherited dates keep the anchor's time expression and say so ({@link EventDate#inherited()},
 * "story" in event JSON). Stateless.
 */
final class NarrativeDates {
  /** How many sentences back the episode's latest event may be. */
  static final int REACH = 4;
  /** How many sentences back the episode may be when only a shared actor links the event to it. */
  static final int ACTOR_REACH = 2;
  /** Nouns that name an event a story refers back to with "the": "the attack", "the talks". */
  static final Set<String> EVENT_NOUNS = Set.of("attack", "attacks", "assault", "strike", "strikes",
      "airstrike", "airstrikes", "raid", "raids", "operation", "offensive", "bombing", "blast", "explosion",
      "ambush", "clash", "clashes", "fighting", "battle", "shooting", "siege", "hijacking", "killing", "killings",
      "talks", "meeting", "meetings", "summit", "visit", "trip", "negotiations", "conference", "session", "call",
      "agreement", "deal", "ceasefire", "cease-fire", "truce", "accord", "announcement", "statement", "speech",
      "interview", "briefing", "vote", "election", "protest", "protests", "demonstration", "demonstrations",
      "arrest", "arrests", "incident", "violence", "crackdown", "drills", "exercise", "exercises", "test", "launch",
      "hearing", "trial", "ruling", "verdict", "deportation", "withdrawal", "invasion", "incursion");
  /** Subjects that stand for an actor named before: "He added that ...". */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
  private static final Set<String> PRESENT_AUX = Set.of("has", "have", "is", "are", "am", "'s", "'re", "does", "do");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would", "could", "may", "might",
      "can", "should", "must");

  private NarrativeDates() {}

  /** The events with the dates of their episodes where the rules above give one. */
  static List<CodedEvent> apply(List<CodedEvent> events, List<Sentence> sentences, LocalDate articleDate) {
    if (events.isEmpty()) {
      return events;
    }
    Map<Integer, Sentence> byIndex = new TreeMap<>();
    for (Sentence s : sentences) {
      byIndex.put(s.index(), s);
    }
    Map<Integer, List<Integer>> bySentence = new TreeMap<>();
    for (int i = 0; i < events.size(); i++) {
      bySentence.computeIfAbsent(events.get(i).evidence().sentenceIndex(), k -> new ArrayList<>()).add(i);
    }
    List<CodedEvent> out = new ArrayList<>(events);
    Episode episode = null;
    // the story's latest past time at any granularity, for the adverbials that point back to it
    EventDate reference = null;
    int referenceSentence = -1;
    for (Sentence s : byIndex.values()) {
      List<Integer> here = bySentence.getOrDefault(s.index(), List.of());
      boolean timed = hasOwnTime(s);
      if (episode != null && s.index() - episode.sentence > REACH) {
        episode = null;
      }
      List<EventDate> past = timed ? pastTimes(s, articleDate) : List.of();
      EventDate anaphoric = here.isEmpty() ? null : anaphoric(s, past, reference, referenceSentence, articleDate);
      if (timed) {
        // a time of the reporting present ("said Thursday" in Thursday's article) ends the story's time
        reference = past.isEmpty() ? null : past.get(past.size() - 1);
        referenceSentence = s.index();
      }
      if (anaphoric != null) {
        SentenceGraph g = new SentenceGraph(s);
        Set<String> actors = new HashSet<>();
        for (int i : here) {
          CodedEvent e = events.get(i);
          int trigger = tokenAt(s, e.evidence().trigger()[0]);
          if (!e.date().fromText() && trigger >= 0 && past(g, trigger)) {
            out.set(i, with(e, anaphoric));
            actors.addAll(actors(e));
          }
        }
        if (!actors.isEmpty()) {
          // the dated sentence starts the story's next episode, at whatever granularity it has
          episode = new Episode(anaphoric, s.index(), actors);
          reference = anaphoric;
          referenceSentence = s.index();
          continue;
        }
      }
      if (here.isEmpty() && !timed) {
        continue;
      }
      Episode next = null;
      boolean ownDated = false;
      for (int i : here) {
        EventDate d = events.get(i).date();
        if (!d.fromText() || d.inherited()) {
          continue;
        }
        ownDated = true;
        if (next == null && d.date().isBefore(articleDate) && d.granularity().compareTo(DateGranularity.WEEK) <= 0) {
          next = new Episode(d, s.index(), new HashSet<>());
        }
      }
      if (!ownDated && timed) {
        // a dated sentence whose events (if any) the coder did not date by it: its first past time
        EventDate d = firstPast(s, articleDate);
        next = d == null ? null : new Episode(d, s.index(), new HashSet<>());
      }
      if (next != null) {
        for (int i : here) {
          next.actors.addAll(actors(events.get(i)));
        }
      }
      if (ownDated || timed) {
        episode = next;
        continue;
      }
      if (episode == null) {
        continue;
      }
      SentenceGraph g = new SentenceGraph(s);
      boolean inherited = false;
      for (int i : here) {
        CodedEvent e = events.get(i);
        int trigger = tokenAt(s, e.evidence().trigger()[0]);
        if (trigger < 0 || !past(g, trigger) || background(g, trigger) || !continues(g, e, trigger, episode)) {
          continue;
        }
        EventDate d = episode.date;
        out.set(i, with(e, new EventDate(d.date(), d.end(), d.granularity(), true, d.text(), d.timex(), true)));
        inherited = true;
        episode.actors.addAll(actors(e));
      }
      if (inherited) {
        episode = new Episode(episode.date, s.index(), episode.actors);
      }
    }
    return out;
  }

  private record Episode(EventDate date, int sentence, Set<String> actors) {}

  /** Whether the sentence has a date or time of its own (the annotator's, where it ran). */
  private static boolean hasOwnTime(Sentence s) {
    for (TimeExpression t : s.times()) {
      if (t.type().equals("DATE") || t.type().equals("TIME")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date an adverbial of the sentence that points back to the story's time gives its events
   * ({@link TimeAnaphora}), or null: an offset ("Days later", "Three days after ...") counted from
   * the sentence's own past time if it has one ("Three days after X took office on May 20"), else
   * from the story's latest; a pointer ("There, ...", "Then ...") in a sentence without a time of
   * its own stands for a time named at most {@link #ACTOR_REACH} sentences back.
   */
  private static EventDate anaphoric(Sentence s, List<EventDate> past, EventDate reference, int referenceSentence,
      LocalDate articleDate) {
    TimeAnaphora.Offset offset = TimeAnaphora.offset(s, articleDate);
    if (offset != null) {
      EventDate anchor = past.isEmpty() ? reference : past.get(0);
      return anchor == null ? null : TimeAnaphora.after(anchor, offset, articleDate);
    }
    if (reference == null || hasOwnTime(s) || s.index() - referenceSentence > ACTOR_REACH
        || !TimeAnaphora.pointsBack(new SentenceGraph(s))) {
      return null;
    }
    return new EventDate(reference.date(), reference.end(), reference.granularity(), true, reference.text(),
        reference.timex(), true);
  }

  /**
   * The first time expression of the sentence that names a day, week or month before the article
   * date, a weekday read by the tense of the clause it hangs on ("took over the train on Tuesday"),
   * or null.
   */
  private static EventDate firstPast(Sentence s, LocalDate articleDate) {
    for (EventDate d : pastTimes(s, articleDate)) {
      if (d.granularity().compareTo(DateGranularity.WEEK) <= 0) {
        return d;
      }
    }
    return null;
  }

  /**
   * The dates of the sentence's time expressions that end before the article date, in their order,
   * at any granularity; a weekday is read by the tense of the clause it hangs on.
   */
  private static List<EventDate> pastTimes(Sentence s, LocalDate articleDate) {
    List<EventDate> out = new ArrayList<>();
    SentenceGraph g = new SentenceGraph(s);
    for (TimeExpression t : s.times()) {
      if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
        continue;
      }
      EventDate d = EventDates.resolve(s, t, articleDate);
      if (d == null) {
        continue;
      }
      int clause = s.dependencies().isEmpty() ? nearestVerb(s, t) : clauseOf(g, t);
      if (clause >= 0) {
        d = EventDates.byTense(g, clause, t, d, articleDate);
      }
      if (d.date().isBefore(articleDate) && !d.end().isAfter(articleDate)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * In a sentence the triage did not parse, the verb nearest to the time expression, the earlier
   * one on a tie ("Zelenskyy wrote Wednesday in a post": wrote), whose tag gives the tense a
   * weekday is read by (issue 11, round 8); -1 when the sentence has no verb.
   */
  static int nearestVerb(Sentence s, TimeExpression t) {
    List<Token> tokens = s.tokens();
    for (int step = 1; step < tokens.size(); step++) {
      int before = t.tokenBegin() - step;
      int after = t.tokenEnd() - 1 + step;
      if (before >= 0 && tokens.get(before).isVerb()) {
        return before;
      }
      if (after < tokens.size() && tokens.get(after).isVerb()) {
        return after;
      }
    }
    return -1;
  }

  /** The verb the time expression hangs on, through nouns, or -1. */
  private static int clauseOf(SentenceGraph g, TimeExpression t) {
    for (int tok = t.tokenBegin(); tok < t.tokenEnd() && tok < g.size(); tok++) {
      Dependency d = g.head(tok);
      if (d == null || d.governor() < 0 || d.governor() >= t.tokenBegin() && d.governor() < t.tokenEnd()) {
        continue;
      }
      return g.verbAbove(tok, 4);
    }
    return -1;
  }

  /** Countries of the event's actors by their first three letters, organisations by their whole code. */
  private static Set<String> actors(CodedEvent e) {
    Set<String> out = new HashSet<>();
    for (ActorRef a : new ActorRef[] {e.source(), e.target()}) {
      if (a != null && a.code().length() >= 3) {
        // a country by its three letters; an organisation ("IGOUNHCR") by its whole code
        out.add(a.code().startsWith("IGO") || a.code().startsWith("NGO") ? a.code() : a.code().substring(0, 3));
      }
    }
    return out;
  }

  /**
   * Whether an event could take the date of an episode whose anchor sentence has no event of its own
   * (the triage asks this before SUTime runs, to spare SUTime the anchors nothing will inherit
   * from): the event is told in the past, is not background, and continues the episode by a pronoun
   * subject or a definite event noun, or shares an actor with one of {@code actorsBetween} (the
   * events between the anchor and it, the only ones that can give such an episode actors). Never
   * false where {@link #apply} would date the event by such an anchor.
   */
  static boolean mayInherit(Sentence s, CodedEvent e, Set<String> actorsBetween) {
    SentenceGraph g = new SentenceGraph(s);
    int trigger = tokenAt(s, e.evidence().trigger()[0]);
    if (trigger < 0 || !past(g, trigger) || background(g, trigger)) {
      return false;
    }
    for (String a : actors(e)) {
      if (actorsBetween.contains(a)) {
        return true;
      }
    }
    return refersBack(g, trigger);
  }

  /** Countries and organisations of the event's actors, as {@link #apply} links episodes by them. */
  static Set<String> actorKeys(CodedEvent e) {
    return actors(e);
  }

  /** Whether the event continues the episode: a shared actor nearby, a pronoun subject or "the attack". */
  private static boolean continues(SentenceGraph g, CodedEvent e, int trigger, Episode episode) {
    if (g.sentence.index() - episode.sentence <= ACTOR_REACH) {
      for (String a : actors(e)) {
        if (episode.actors.contains(a)) {
          return true;
        }
      }
    }
    return refersBack(g, trigger);
  }

  /**
   * Whether the sentence opens with a pronoun for the episode's actor or a pointer to its time
   * ("There, ..."), or names its event by "the attack".
   */
  private static boolean refersBack(SentenceGraph g, int trigger) {
    if (TimeAnaphora.pointsBack(g)) {
      return true;
    }
    List<Token> tokens = g.sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(w) && g.head(i) != null && g.head(i).relation().startsWith("nsubj")
          && g.token(g.head(i).governor()).isVerb() && g.head(g.head(i).governor()) != null
          && g.head(g.head(i).governor()).governor() < 0) {
        return true;
      }
      if (i != trigger && EVENT_NOUNS.contains(w) && tokens.get(i).isNoun()) {
        for (int det : g.children(i, "det")) {
          String d = g.token(det).word().toLowerCase(Locale.ROOT);
          if (d.equals("the") || d.equals("that") || d.equals("this")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the event is told in the past: its clause, or the clause it is reported by up to the
   * sentence's root, is in the simple past or the past perfect ("was killed", "had fled"), and none
   * on the way is present or future.
   */
  static boolean past(SentenceGraph g, int trigger) {
    int cur = trigger;
    for (int step = 0; step < 6 && cur >= 0; step++) {
      int t = tense(g, cur);
      if (t != 0) {
        return t < 0;
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /**
   * Whether the event, or a clause it depends on, is told in the past perfect in the narrator's own
   * words ("it was not long ago that the two leaders had exchanged barbs"): a time before the
   * story's, not the episode's. Reported speech in the
   * past perfect ("said it had blown up the tracks") is the episode told by a speaker.
   */
  static boolean background(SentenceGraph g, int trigger) {
    int cur = trigger;
    for (int step = 0; step < 6 && cur >= 0; step++) {
      Dependency h = g.head(cur);
      for (int aux : g.children(cur, "aux")) {
        if (g.token(aux).word().equalsIgnoreCase("had")) {
          return h == null || h.governor() < 0 || !h.relation().equals("ccomp")
              || !Evaluations.SAYING.contains(g.lemma(h.governor()));
        }
      }
      cur = h == null ? -1 : h.governor();
    }
    return false;
  }

  /** -1 past, 1 present or future, 0 not a finite verb. */
  private static int tense(SentenceGraph g, int clause) {
    Token verb = g.token(clause);
    for (Dependency d : g.children(clause)) {
      if (d.relation().equals("aux") || d.relation().equals("aux:pass") || d.relation().equals("cop")) {
        String aux = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (FUTURE_AUX.contains(aux) || PRESENT_AUX.contains(aux)) {
          return 1;
        }
        if (PAST_AUX.contains(aux)) {
          return -1;
        }
      }
    }
    if (verb.pos().equals("VBD")) {
      return -1;
    }
    // the tagger takes a past tense for a participle now and then ("Two weeks later, troops
    // arrested/VBN ..."): with an active subject and no auxiliary it is the past (as EventDates reads it)
    if (verb.pos().equals("VBN") && g.children(clause).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
      return -1;
    }
    if (verb.pos().equals("VBZ") || verb.pos().equals("VBP")) {
      return 1;
    }
    return 0;
  }

  /** The token that begins at the article offset {@code begin}, or -1. */
  private static int tokenAt(Sentence s, int begin) {
    for (Token t : s.tokens()) {
      if (t.begin() == begin) {
        return t.index();
      }
    }
    for (Token t : s.tokens()) {
      if (t.begin() <= begin && begin < t.end()) {
        return t.index();
      }
    }
    return -1;
  }

  static CodedEvent with(CodedEvent e, EventDate date) {
    return new CodedEvent(e.articleId(), e.eventId(), date, e.source(), e.target(), e.cameo(), e.cameoRoot(),
        e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(), e.location(), e.evidence(),
        e.confidence(), e.issues());
  }
}
