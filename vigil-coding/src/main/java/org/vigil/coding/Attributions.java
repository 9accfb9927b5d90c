package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;

/**
 * The day a statement was made, told by the sentence after it (issue 11, round 7): news opens a
 * quote and names its speaker and day only where the quote ends ("We were grateful that ... It has
 * given us hope," the son said at a Wednesday event), or reports a statement and dates it as the
 * speaker goes on ("... reaffirmed that the United States calls for his release. '...,' the
 * spokesperson added in a statement on Wednesday"). A statement (CAMEO 01-03, 05, 10-13) that has
 * only the article date, in a sentence without a time of its own, takes the past day or week of
 * the next sentence when that sentence
 * <ul>
 *   <li>has a verb of saying ({@link Evaluations#SAYING}) as its main clause or as the attribution
 *       of its quote ("..., the son said");
 *   <li>closes the quote the statement's sentence opened, or that verb is "added"; and
 *   <li>hangs the time on that verb, directly or through the nouns and participles of its phrases
 *       ("at a Wednesday event", "in a statement emailed on Wednesday").
 * </ul>
 * Deeds told in a quote (an attack, a meeting) keep their own dates. Dated events are marked as
 * inherited from the story ({@link EventDate#inherited()}). Stateless.
 */
final class Attributions {
  /** CAMEO roots of statements: what was said is dated by when it was said. */
  private static final Set<String> STATEMENTS = Set.of("01", "02", "03", "05", "10", "11", "12", "13");

  private Attributions() {}

  /** The events with the days of the attributions that follow them, where the rules above give one. */
  static List<CodedEvent> apply(List<CodedEvent> events, List<Sentence> sentences, LocalDate articleDate) {
    if (events.isEmpty()) {
      return events;
    }
    Map<Integer, Sentence> byIndex = new TreeMap<>();
    for (Sentence s : sentences) {
      byIndex.put(s.index(), s);
    }
    Map<Integer, EventDate> found = new TreeMap<>();
    List<CodedEvent> out = new ArrayList<>(events);
    for (int i = 0; i < events.size(); i++) {
      CodedEvent e = events.get(i);
      if (e.date().fromText() || !statement(e)) {
        continue;
      }
      int index = e.evidence().sentenceIndex();
      Sentence own = byIndex.get(index);
      Sentence next = byIndex.get(index + 1);
      if (own == null || next == null || hasOwnTime(own)) {
        continue;
      }
      EventDate d = found.computeIfAbsent(index, k -> dateOf(own, next, articleDate));
      if (d != null) {
        out.set(i, NarrativeDates.with(e, d));
      }
    }
    return out;
  }

  /**
   * Whether the sentence after a statement's may date it, before SUTime has run on it: it carries
   * on the statement (closes its quote, or says "added") with a verb of saying. The triage runs
   * SUTime on such a sentence ({@link EventCandidates#timed}). Never false where {@link #apply}
   * would date an event by it.
   */
  static boolean mayAttribute(Sentence own, Sentence next) {
    if (next.dependencies().isEmpty()) {
      return false;
    }
    SentenceGraph g = new SentenceGraph(next);
    int verb = sayer(g);
    return verb >= 0 && (openQuotes(own) > 0 && openQuotes(next) < 0 || g.lemma(verb).equals("add"));
  }

  /** Whether the event is a statement (CAMEO 01-03, 05, 10-13). */
  static boolean statement(CodedEvent e) {
    String code = e.cameo();
    return code != null && code.length() >= 2 && STATEMENTS.contains(code.substring(0, 2));
  }

  /** The past day or week the next sentence gives the statement, or null. */
  private static EventDate dateOf(Sentence own, Sentence next, LocalDate articleDate) {
    if (!mayAttribute(own, next)) {
      return null;
    }
    SentenceGraph g = new SentenceGraph(next);
    int verb = sayer(g);
    for (TimeExpression t : next.times()) {
      if (!t.type().equals("DATE") || !hangsOn(g, t, verb)) {
        continue;
      }
      EventDate d = EventDates.resolve(next, t, articleDate);
      d = d == null ? null : EventDates.byTense(g, verb, t, d, articleDate);
      if (d != null && d.date().isBefore(articleDate) && !d.end().isAfter(articleDate)
          && d.granularity().compareTo(DateGranularity.WEEK) <= 0) {
        return new EventDate(d.date(), d.end(), d.granularity(), true, d.text(), d.timex(), true);
      }
    }
    return null;
  }

  /**
   * Quotes opened and not closed in the sentence (negative: closed without being opened). Curly
   * quotes say which they are; a straight quote opens at the sentence's start or after a space.
   */
  private static int openQuotes(Sentence s) {
    int open = 0;
    String text = s.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean opening = c == '“' || c == '"' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
      boolean closing = c == '”' || c == '"' && !opening;
      if (opening) {
        open++;
      } else if (closing) {
        open--;
      }
    }
    return open;
  }

  /**
   * The verb of saying that attributes the sentence: its root, or a verb after the root that the
   * parser hangs on it as a parataxis, complement or bare dependent ("They must be released," the minister said); -1.
   */
  private static int sayer(SentenceGraph g) {
    for (int i = 0; i < g.size(); i++) {
      Dependency h = g.head(i);
      if (h == null || !g.token(i).isVerb() || !Evaluations.SAYING.contains(g.lemma(i))) {
        continue;
      }
      if (h.governor() < 0) {
        return i;
      }
      Dependency root = g.head(h.governor());
      if ((h.relation().equals("parataxis") || h.relation().equals("ccomp") || h.relation().equals("dep"))
          && h.governor() < i
          && root != null && root.governor() < 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the time expression hangs on {@code verb} through at most four nouns or participles
   * of its phrases, each attached by a preposition, a compound, a temporal modifier or a
   * participle ("at a Wednesday event", "in a statement emailed on Wednesday").
   */
  private static boolean hangsOn(SentenceGraph g, TimeExpression t, int verb) {
    for (int tok = t.tokenBegin(); tok < t.tokenEnd() && tok < g.size(); tok++) {
      Dependency d = g.head(tok);
      if (d == null || d.governor() < 0 || d.governor() >= t.tokenBegin() && d.governor() < t.tokenEnd()) {
        continue;
      }
      int cur = d.governor();
      for (int step = 0; step < 4 && cur >= 0; step++) {
        if (cur == verb) {
          return true;
        }
        Dependency up = g.head(cur);
        if (up == null || up.governor() < 0) {
          return false;
        }
        String r = up.relation();
        boolean phrase = r.startsWith("obl") || r.startsWith("nmod") && !r.equals("nmod:poss") || r.equals("compound")
            || r.equals("acl") || r.equals("obj");
        if (!phrase) {
          return false;
        }
        cur = up.governor();
      }
      return cur == verb;
    }
    return false;
  }

  private static boolean hasOwnTime(Sentence s) {
    for (TimeExpression t : s.times()) {
      if (t.type().equals("DATE") || t.type().equals("TIME")) {
        return true;
      }
    }
    return false;
  }
}
