package org.vigil.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/**
 * Dates an event from the time expression of its clause, as the annotator normalised it (TIMEX3
 * values such as {@code 2021-07-08}, {@code 2021-W26}, {@code 2021-06}, {@code 2021-W26-WE}), or
 * from the article date. Ranges of days that the annotator gives as two dates or as one date and
 * a day number ("from 3 to 5 May", "between June 1 and June 3", "July 1-2") become one dated range
 * from the first day to the last. Stateless.
 */
final class EventDates {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  /** A decade as SUTime gives it: "the 1990s" is {@code 199X}. */
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
  private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");
  /** Words that join the two ends of a range of days. */
  private static final Set<String> THROUGH = Set.of("to", "through", "thru", "until", "till", "-", "–", "—", "and");
  /** The longest range of days taken as one event (a longer one is two dates, not a range). */
  private static final int LONGEST_RANGE_DAYS = 62;

  private EventDates() {}

  /** The date of the event triggered at {@code trigger}. */
  static EventDate date(SentenceGraph g, int trigger, LocalDate articleDate) {
    int cur = trigger;
    Set<Integer> path = new java.util.HashSet<>();
    // past an adverbial clause only a week, month, year or longer dates the event (round 7)
    boolean coarseOnly = false;
    for (int step = 0; step < 5 && cur >= 0; step++) {
      if (!coarseOnly) {
        // a day on a noun of the clause an adverbial clause hangs on is not the adverbial's
        path.add(cur);
      }
      EventDate d = attached(g, cur, articleDate, false, cur);
      if (d == null) {
        d = starting(g, cur, articleDate);
      }
      if (d != null && !(coarseOnly && d.granularity() == DateGranularity.DAY)) {
        return d;
      }
      // a time the parser hangs on the clause's object: "held talks between 10 and 12 June",
      // "launched an attack on Monday" (the object names the event)
      for (Dependency o : g.children(cur)) {
        if (o.relation().equals("obj")) {
          d = attached(g, o.dependent(), articleDate, true, cur);
          if (d == null) {
            d = ofDatedEventNoun(g, cur, o.dependent(), articleDate);
          }
          if (d != null && !(coarseOnly && d.granularity() == DateGranularity.DAY)) {
            return d;
          }
        }
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      String r = h.relation();
      // enhanced dependencies name the conjunction ("conj:and"); a conjunct shares its head's time
      // ("Last month, the court sentenced him and banned him from politics") unless their tenses
      // differ ("arrested them on Friday and will try them")
      boolean conjunct = r.equals("conj") || r.startsWith("conj:");
      // "burned houses on 5 May, killing seven": a bare participle shares its head's time (round 6)
      boolean participle = (r.equals("dep") || r.equals("advcl")) && g.token(cur).pos().equals("VBG")
          && g.token(h.governor()).isVerb();
      // "Relations soured in 2010 after Israeli commandos stormed the ship", "The case went before
      // the court in March, though Kenya refused to attend": an event in an adverbial clause
      // happened within its head's week, month or year, not on its head's day (round 7); a
      // condition ("if", "unless") is not dated by its consequence
      boolean adverbial = !participle && (r.equals("advcl") || r.startsWith("advcl:")) && !r.startsWith("advcl:to")
          && !CONDITIONS.contains(r.substring(r.indexOf(':') + 1)) && !conditional(g, cur);
      if (!(r.equals("xcomp") || r.equals("ccomp") || r.startsWith("acl") || conjunct || participle
          || r.startsWith("advcl:to") || adverbial)) {
        break;
      }
      coarseOnly |= adverbial;
      if (conjunct) {
        int own = tense(g, cur);
        int theirs = tense(g, h.governor());
        if (own != 0 && theirs != 0 && own != theirs) {
          break;
        }
      }
      cur = h.governor();
    }
    EventDate shared = ofSimultaneousClause(g, path, articleDate);
    if (shared != null) {
      return shared;
    }
    EventDate nominal = onANoun(g, path, articleDate);
    if (nominal != null) {
      return nominal;
    }
    EventDate occasion = ofOccasion(g, path, articleDate);
    return occasion != null ? occasion : EventDate.ofArticle(articleDate);
  }

  /** Relations by which a clause names the statement, meeting or operation it happens in or at. */
  private static final Set<String> OCCASION = Set.of("obl:in", "obl:at", "obl:during");
  /** Relations by which a day dates a participle: "issued on Tuesday", "held Tuesday". */
  private static final Set<String> ON_DAY = Set.of("obl:on", "obl:tmod", "nmod:on", "nmod:tmod");

  /**
   * A day on a past participle that describes the statement, meeting or operation the event's
   * clause happens in or at: "said in a statement issued on Tuesday that ...", "criticized Hungary
   * at a news conference held on Monday", "... ," the spokesperson added in a statement emailed to
   * reporters on Wednesday" (issue 11, round 15). Issuing the statement or holding the conference
   * is the occasion of the event, so its day is the event's. Only a verb of the event's clause or
   * of the clauses it reports to ({@code path}), a noun it takes by "in", "at" or "during", a past
   * participle modifying that noun, and a single day hung on the participle by "on" or as a bare
   * temporal, not after the article; not a day the occasion is planned for ("at a summit scheduled
   * for Friday") nor a noun taken by another preposition ("protested against a law passed on
   * Tuesday"); null when none.
   */
  private static EventDate ofOccasion(SentenceGraph g, Set<Integer> path, LocalDate articleDate) {
    for (int clause : path) {
      if (!g.token(clause).isVerb()) {
        continue;
      }
      for (Dependency o : g.children(clause)) {
        if (!OCCASION.contains(o.relation()) || !g.token(o.dependent()).isNoun()) {
          continue;
        }
        for (Dependency a : g.children(o.dependent())) {
          // the tagger takes such a participle for a past tense now and then ("a statement emailed/VBD
          // to reporters"); a relative clause is acl:relcl, and a participle has no subject of its own
          String pos = g.token(a.dependent()).pos();
          if (!a.relation().equals("acl") || !(pos.equals("VBN") || pos.equals("VBD"))
              || g.children(a.dependent()).stream().anyMatch(c -> c.relation().startsWith("nsubj"))) {
            continue;
          }
          EventDate d = dayOn(g, a.dependent(), clause, articleDate);
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  /** A single day, not after the article, that {@code word} takes by "on" or as a bare temporal; null. */
  private static EventDate dayOn(SentenceGraph g, int word, int tenseOf, LocalDate articleDate) {
    for (TimeExpression t : g.sentence.times()) {
      if (!t.type().equals("DATE")) {
        continue;
      }
      for (int tok = t.tokenBegin(); tok < t.tokenEnd() && tok < g.size(); tok++) {
        Dependency d = g.head(tok);
        if (d == null || d.governor() != word || !ON_DAY.contains(d.relation())) {
          continue;
        }
        EventDate r = byTense(g, tenseOf, t, resolve(g.sentence, t, articleDate), articleDate);
        if (r != null && r.granularity() == DateGranularity.DAY && r.date().equals(r.end())
            && !r.date().isAfter(articleDate)) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * Verbs whose object event noun is their own act on its own day (a subset of the support verbs of
   * {@link Participants}): "hosted the March 10 summit", "held Tuesday's talks", "carried out the
   * Feb. 14 attack". Not verbs of an act before or after the noun's event ("planned", "ordered",
   * "resumed", "joined the 2015 deal"), nor verbs about it ("condemned the Feb. 14 attack").
   */
  private static final Set<String> SAME_TIME_SUPPORT = Set.of("hold", "host", "attend", "conduct", "stage",
      "mount", "launch", "carry", "wage", "lead", "chair", "convene", "perform", "execute", "undertake");

  /**
   * The time written on the event noun that a support verb takes as its object, as a compound or a
   * possessor ("hosted the March 10 summit", "attended Tuesday's meeting"; issue 11, round 12):
   * the verb's act is the noun's event, so the noun's time is its time, at the granularity the text
   * gives ("held the 2024 election" is that year). Only nouns that name an event
   * ({@link NarrativeDates#EVENT_NOUNS}); null when the verb is no such support verb or the noun
   * has no time of its own.
   */
  private static EventDate ofDatedEventNoun(SentenceGraph g, int verb, int object, LocalDate articleDate) {
    if (!g.token(verb).isVerb() || !SAME_TIME_SUPPORT.contains(g.lemma(verb))
        || !NarrativeDates.EVENT_NOUNS.contains(g.token(object).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return attached(g, object, articleDate, false, verb);
  }

  /** Markers of a condition, whose clause the consequence's time does not date. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "lest", "whether", "in_case");

  /** Whether the clause is introduced by a marker of condition ("if Ankara went ahead"). */
  private static boolean conditional(SentenceGraph g, int clause) {
    for (int m : g.children(clause, "mark")) {
      if (CONDITIONS.contains(g.token(m).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose bare participle dates the start of the clause it modifies: "starting in May 2019". */
  private static final Set<String> STARTING = Set.of("start", "begin", "commence");

  /**
   * The time of a bare participle of starting that modifies the clause: "But starting in May 2019,
   * it gradually stopped implementing its commitments", "Beginning in 2015, Russia supplied ..."
   * (round 7): the event runs from that time. Only a participle without a marker or auxiliary of
   * its own ("after starting talks in 2019" is another event); null when there is none.
   */
  private static EventDate starting(SentenceGraph g, int clause, LocalDate articleDate) {
    for (Dependency d : g.children(clause)) {
      int p = d.dependent();
      if (!(d.relation().equals("advcl") || d.relation().equals("xcomp") || d.relation().equals("dep"))
          || !g.token(p).pos().equals("VBG") || !STARTING.contains(g.lemma(p))) {
        continue;
      }
      boolean bare = g.children(p).stream().noneMatch(c -> c.relation().equals("mark") || c.relation().startsWith("aux")
          || c.relation().startsWith("nsubj") || c.relation().equals("obj"));
      if (bare) {
        EventDate t = attached(g, p, articleDate, true, clause);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** Subordinators of a clause that happens at the same time as its head ("were killed when herders attacked"). */
  private static final Set<String> SIMULTANEOUS = Set.of("when", "as", "while");

  /** Conjunctions of contrast: a clause they join to another is not its simultaneous part. */
  private static final Set<String> CONTRASTING = Set.of("but", "yet", "though", "although", "whereas");

  /**
   * Whether the conjunct {@code other} is joined to {@code clause} by a conjunction of contrast and
   * has a subject of its own that is not the clause's ("X has not agreed, but Y said Tuesday").
   */
  private static boolean contrasted(SentenceGraph g, int clause, int other) {
    // the conjunction hangs on the later conjunct, whichever of the two the trigger is in
    boolean contrast = java.util.stream.Stream.of(clause, other).flatMap(c -> g.children(c).stream())
        .anyMatch(d -> d.relation().equals("cc")
            && CONTRASTING.contains(g.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    if (!contrast) {
      return false;
    }
    List<Integer> theirs = g.children(other, "nsubj");
    if (theirs.isEmpty()) {
      return false;
    }
    List<Integer> own = g.children(clause, "nsubj");
    for (int o : own) {
      for (int t : theirs) {
        if (g.token(o).word().equalsIgnoreCase(g.token(t).word())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The day of a clause that happens with the event's own and has a day of its own where the
   * event's clause has none (issue 11, ACLED-style notes): a later conjunct of the same tense
   * ("crossed the border and attacked villages ... on 10 May", "burned vehicles and blocked roads
   * ... on 19 February": one day for both acts) or an adverbial clause of simultaneity ("were killed
   * when herders attacked the village ... on 12 April") or a bare participle of saying ("rejected
   * the warrant, telling journalists on Wednesday that ...": the words are the act's occasion;
   * round 15, not one with a marker, "after telling"). Only a single day attached by a
   * preposition counts; a clause of sequence ("after", "before") or of another tense ("attacked
   * the town and will hold talks on 12 May") dates nothing; null when none.
   */
  private static EventDate ofSimultaneousClause(SentenceGraph g, Set<Integer> path, LocalDate articleDate) {
    for (int clause : path) {
      if (!g.token(clause).isVerb()) {
        continue;
      }
      for (Dependency d : g.children(clause)) {
        String r = d.relation();
        int other = d.dependent();
        if (path.contains(other) || !g.token(other).isVerb()) {
          continue;
        }
        boolean conjunct = r.equals("conj") || r.startsWith("conj:");
        boolean simultaneous = r.startsWith("advcl") && g.children(other).stream()
            .anyMatch(m -> (m.relation().equals("mark") || m.relation().equals("advmod"))
                && SIMULTANEOUS.contains(g.token(m.dependent()).lemma().toLowerCase(Locale.ROOT)));
        // "rejected the warrant, telling journalists on Wednesday that ...": a bare participle of
        // saying is the act's own occasion (round 15)
        boolean saying = (r.equals("dep") || r.startsWith("advcl") || r.equals("xcomp"))
            && g.token(other).pos().equals("VBG") && Evaluations.SAYING.contains(g.lemma(other))
            && g.children(other).stream().noneMatch(m -> m.relation().equals("mark") || m.relation().startsWith("aux"));
        if (!conjunct && !simultaneous && !saying) {
          continue;
        }
        if (conjunct && contrasted(g, clause, other)) {
          // "Russia has not agreed to the ceasefire, but Trump said Tuesday ...": a contrast with
          // another subject's act tells nothing of this one's time (round 8)
          continue;
        }
        if (conjunct) {
          int own = tense(g, clause);
          int theirs = tense(g, other);
          if (own != 0 && theirs != 0 && own != theirs) {
            continue;
          }
        }
        EventDate e = attached(g, other, articleDate, true, other);
        if (e != null && e.granularity() == DateGranularity.DAY && e.date().equals(e.end())) {
          return e;
        }
      }
    }
    return null;
  }

  /**
   * A day the parser hangs on a noun of the event's clause rather than on its verb: "prosecutors on
   * Wednesday had ordered", "telling journalists in the capital on Wednesday that ...". Only a
   * single day ("on Wednesday", "on March 12") attached by a preposition or as a temporal modifier
   * counts, and only up through nouns to a verb of the event's own clause or the clauses it
   * reports to ({@code path}); a year or month on a noun ("the elections in 2022") describes the
   * noun, not when the event happened.
   */
  private static EventDate onANoun(SentenceGraph g, Set<Integer> path, LocalDate articleDate) {
    for (TimeExpression t : g.sentence.times()) {
      if (!t.type().equals("DATE")) {
        continue;
      }
      for (int tok = t.tokenBegin(); tok < t.tokenEnd() && tok < g.size(); tok++) {
        Dependency d = g.head(tok);
        if (d == null || d.governor() < 0 || (d.governor() >= t.tokenBegin() && d.governor() < t.tokenEnd())) {
          continue;
        }
        if (!(d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss") || d.relation().equals("obl:tmod")
            || d.relation().equals("nmod:tmod"))) {
          break;
        }
        int cur = d.governor();
        // "The Nairobi government in 2016 had called for ...": a time on the head of the clause's
        // subject, an actor rather than a noun of an event, dates the clause at any granularity
        // (round 7); "the elections of March 2022" describes its noun
        boolean onSubject = false;
        for (int step = 0; step < 4 && cur >= 0 && g.token(cur).isNoun(); step++) {
          Dependency up = g.head(cur);
          if (up == null || up.governor() < 0 || up.relation().startsWith("acl") || up.relation().equals("conj")
              || up.relation().equals("nmod:poss")) {
            cur = -1;
            break;
          }
          onSubject = step == 0 && up.relation().equals("nsubj") && cur == d.governor()
              && !NarrativeDates.EVENT_NOUNS.contains(g.token(cur).word().toLowerCase(Locale.ROOT));
          cur = up.governor();
        }
        if (cur < 0 || !path.contains(cur) || g.token(cur).isNoun()) {
          break;
        }
        EventDate resolved = resolve(g.sentence, t, articleDate);
        if (resolved != null && (onSubject && !resolved.date().isAfter(articleDate)
            || resolved.granularity() == DateGranularity.DAY && resolved.date().equals(resolved.end()))) {
          return byTense(g, cur, t, resolved, articleDate);
        }
        break;
      }
    }
    return null;
  }

  /** Whether a time hangs on the noun by "in" or "during" ("imposed sanctions on X in March"). */
  private static boolean inPeriod(SentenceGraph g, int noun) {
    for (TimeExpression t : g.sentence.times()) {
      for (int tok = t.tokenBegin(); tok < t.tokenEnd() && tok < g.size(); tok++) {
        Dependency d = g.head(tok);
        if (d != null && d.governor() == noun && (d.relation().equals("nmod:in") || d.relation().equals("nmod:during"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Relations into the phrases of a clause's own arguments, where the parser may hang its time. */
  private static final Set<String> INTO_PHRASE = Set.of("obj", "appos", "compound");

  /**
   * The sentence's one written day, when it has exactly one time expression and that is a single
   * day not after the article: a conflict note's date wherever the parser hung it ("Car bomb at
   * checkpoint near X: five soldiers dead, 2 June 2024"; issue 11, round 10); null otherwise.
   */
  static EventDate onlyDay(SentenceGraph g, LocalDate articleDate) {
    List<TimeExpression> times = g.sentence.times().stream()
        .filter(t -> t.type().equals("DATE") || t.type().equals("TIME")).toList();
    if (times.size() != 1) {
      return null;
    }
    EventDate d = resolve(g.sentence, times.get(0), articleDate);
    return d != null && d.granularity() == DateGranularity.DAY && d.date().equals(d.end())
        && !d.date().isAfter(articleDate) ? d : null;
  }

  /**
   * The date of a time expression that the parser hung on a noun of the trigger's own phrases
   * rather than on the trigger: "abducted 40 pupils from a school in Kagara, Niger state, on 3 June"
   * (on Kagara), "clashes ... in El Fasher, North Darfur, on 11 May left ..." (on El Fasher). Only
   * prepositional or temporal attachments count, and the walk never enters another clause (a
   * relative, adverbial or complement clause has its own time), and only a single day counts (a
   * month or year in a phrase is what the phrase is about: "the June 2018 summit"), except a week,
   * month or year hung by "in" or "during" on a noun that is an argument of a trigger told in the
   * past ("imposed sanctions on the company in March", "expelled diplomats from the country in
   * 2023"; issue 11, round 14), where the parser took the period for the noun's: it dates the act,
   * unless the noun names an event ({@link NarrativeDates#EVENT_NOUNS}: "criticized the talks in
   * March") or the period ends after the article; null when none is found.
   */
  static EventDate withinPhrases(SentenceGraph g, int trigger, LocalDate articleDate) {
    java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
    queue.add(new int[] {trigger, 0});
    Set<Integer> seen = new java.util.HashSet<>(List.of(trigger));
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (cur[0] != trigger) {
        EventDate d = attached(g, cur[0], articleDate, true, trigger);
        // a day written out ("on 3 June 2023"), not a month or year the phrase is about ("the June 2018 summit")
        if (d != null && d.granularity() == DateGranularity.DAY && d.date().equals(d.end())) {
          return d;
        }
        // "imposed sanctions on the company in March": a period the parser hung on an argument of a
        // past act, not on a noun of an event ("the talks in March" is the talks' time)
        if (cur[1] == 1 && d != null && tense(g, trigger) < 0 && !d.end().isAfter(articleDate) && inPeriod(g, cur[0])
            && !NarrativeDates.EVENT_NOUNS.contains(g.token(cur[0]).word().toLowerCase(Locale.ROOT))) {
          return d;
        }
      }
      if (cur[1] >= 4) {
        continue;
      }
      for (Dependency d : g.children(cur[0])) {
        String r = d.relation();
        boolean phrase = INTO_PHRASE.contains(r) || (r.startsWith("nmod:") || r.startsWith("obl:")) && !r.equals("nmod:poss")
            && !r.startsWith("obl:tmod") && !r.startsWith("nmod:tmod");
        boolean noun = g.token(d.dependent()).pos().startsWith("NN");
        if (phrase && noun && seen.add(d.dependent())) {
          queue.add(new int[] {d.dependent(), cur[1] + 1});
        }
      }
    }
    return null;
  }

  /**
   * The date of a time expression attached to {@code clause}; with {@code prepositional} only one
   * attached by a preposition or as a temporal modifier ({@code nmod:on}, {@code obl:tmod}), not
   * as a compound ("the 2022 budget" does not date the event). A weekday alone takes the tense of
   * {@code tenseOf}, the verb whose event it dates: "condemned Greece on Tuesday", with the time hung
   * on Greece, is the Tuesday before the article.
   */
  private static EventDate attached(SentenceGraph g, int clause, LocalDate articleDate, boolean prepositional,
      int tenseOf) {
    for (TimeExpression t : g.sentence.times()) {
      if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
        continue;
      }
      // the parser may hang "from 3 to 5 May" on the clause by its first day number
      int begin = t.tokenBegin() >= 2 && dayNumber(g.sentence.tokens().get(t.tokenBegin() - 2)) != null
          && joins(g.sentence.tokens(), t.tokenBegin() - 2, t.tokenBegin() - 1) ? t.tokenBegin() - 2 : t.tokenBegin();
      for (int tok = begin; tok < t.tokenEnd() && tok < g.size(); tok++) {
        for (Dependency d : g.parents(tok)) {
          boolean modifier = d.relation().startsWith("nmod:") || d.relation().startsWith("obl:");
          // a possessor dates a noun that names the event ("Tuesday's attack", "the announcement
          // that ..." of "Tuesday's announcement"), not a verb's clause nor the verb's object
          // ("welcomed Tuesday's announcement" is after it)
          boolean possessor = d.relation().equals("nmod:poss");
          if (d.governor() == clause && !d.relation().startsWith("nsubj") && !d.relation().equals("obj")
              && (!prepositional || modifier) && (!possessor || !prepositional && g.token(clause).isNoun())) {
            EventDate resolved = byTense(g, tenseOf, t, resolve(g.sentence, t, articleDate), articleDate);
            // "Days later, a roadside bomb killed ...", "Several months later, North Korea invaded":
            // SUTime counts such offsets from the article date, which a past event cannot follow
            // (round 7); the event keeps the article date
            if (resolved != null && resolved.date().isAfter(articleDate) && tense(g, tenseOf) < 0) {
              continue;
            }
            if (resolved != null) {
              return resolved;
            }
          }
        }
      }
    }
    return null;
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  /** Auxiliaries of a future clause. */
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  /** Auxiliaries of a past clause (with a past participle or a passive). */
  private static final Set<String> PAST_AUX = Set.of("has", "have", "had", "was", "were", "'ve", "did");
  /** Words that put the clause they govern ("to travel") in the future: "is scheduled to travel". */
  private static final Set<String> SCHEDULED = Set.of("scheduled", "due", "expected", "set", "slated", "planned",
      "planning", "plans", "plan", "going", "poised");

  /**
   * A weekday alone ("on Friday") is the one before the article when its clause is in the past and
   * the one after when it is in the future (issue 11). SUTime decides by the verb only when it
   * stands within two words of the weekday ("conducted a crucial test on Friday" it took for the
   * coming Friday once its state between documents was removed, issue 10); an explicit "last",
   * "next" or "this" is left to SUTime.
   */
  static EventDate byTense(SentenceGraph g, int clause, TimeExpression t, EventDate d, LocalDate articleDate) {
    if (d == null || d.granularity() != DateGranularity.DAY || !d.date().equals(d.end())
        || !weekdayAlone(g.sentence, t)) {
      return d;
    }
    int tense = tense(g, clause);
    LocalDate day = d.date();
    if (tense < 0 && day.isAfter(articleDate)) {
      day = day.minusWeeks(1);
    } else if (tense > 0 && day.isBefore(articleDate)) {
      day = day.plusWeeks(1);
    } else {
      return d;
    }
    return new EventDate(day, day, DateGranularity.DAY, true, d.text(), d.timex());
  }

  /** Whether the expression is a weekday name, with at most "on" before it. */
  private static boolean weekdayAlone(Sentence s, TimeExpression t) {
    boolean weekday = false;
    for (int i = t.tokenBegin(); i < t.tokenEnd() && i < s.tokens().size(); i++) {
      String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
      if (WEEKDAYS.contains(w)) {
        weekday = true;
      } else if (!w.equals("on")) {
        return false;
      }
    }
    return weekday;
  }

  /** -1 past, 1 future, 0 neither or unknown, from the clause's verb and auxiliaries. */
  private static int tense(SentenceGraph g, int clause) {
    Token verb = g.token(clause);
    for (Dependency d : g.children(clause)) {
      if (d.relation().equals("aux") || d.relation().equals("aux:pass")) {
        String aux = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (FUTURE_AUX.contains(aux)) {
          return 1;
        }
        if (PAST_AUX.contains(aux) && (verb.pos().equals("VBN") || aux.equals("did"))) {
          return -1;
        }
      }
    }
    if (verb.pos().equals("VBD")) {
      return -1;
    }
    // the tagger takes a past tense for a participle now and then ("the minister condemned/VBN
    // Greece on Tuesday"): a participle with an active subject and no auxiliary is a past tense
    if (verb.pos().equals("VBN") && g.children(clause).stream().noneMatch(d -> d.relation().startsWith("aux"))
        && g.children(clause).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
      return -1;
    }
    Dependency head = g.head(clause);
    if (head != null && head.governor() >= 0 && head.relation().startsWith("xcomp")
        && SCHEDULED.contains(g.token(head.governor()).word().toLowerCase(Locale.ROOT))) {
      return 1;
    }
    return 0;
  }

  /**
   * The date a time expression of the sentence gives, widened to a range of days where the
   * sentence joins it to another date or to a day number ("from 3 to 5 May"); null when it names
   * no usable date.
   */
  static EventDate resolve(Sentence s, TimeExpression t, LocalDate articleDate) {
    EventDate d = resolve(t, articleDate);
    List<Token> tokens = s.tokens();
    if (d != null && d.granularity() == DateGranularity.MONTH && t.tokenEnd() - t.tokenBegin() == 1) {
      // a month name whose day numbers the annotator left out: "July 1-2", "3-5 May", "on 5 May"
      EventDate days = daysOfMonth(s, t, d);
      if (days != null) {
        return days;
      }
    }
    if (d == null || d.granularity() != DateGranularity.DAY || !d.date().equals(d.end())) {
      return d;
    }
    // another date after or before it: "between June 1 and June 3", "from May 3 to May 5"
    for (TimeExpression o : s.times()) {
      boolean after = o.tokenBegin() == t.tokenEnd() + 1 && joins(tokens, t.tokenBegin(), t.tokenEnd());
      boolean before = o.tokenEnd() + 1 == t.tokenBegin() && joins(tokens, o.tokenBegin(), o.tokenEnd());
      if (!after && !before) {
        continue;
      }
      EventDate other = resolve(o, articleDate);
      if (other == null || other.granularity() != DateGranularity.DAY || !other.date().equals(other.end())) {
        continue;
      }
      EventDate range = after ? range(d, other, s, t.tokenBegin(), o.tokenEnd()) : range(other, d, s, o.tokenBegin(), t.tokenEnd());
      if (range != null) {
        return range;
      }
    }
    // a day number before it: "from 3 to 5 May", "between 10 and 12 June", "3-5 May"
    int before = t.tokenBegin() - 2;
    if (before >= 0 && Character.isDigit(t.text().charAt(0)) && joins(tokens, before, before + 1)) {
      Integer day = dayNumber(tokens.get(before));
      if (day != null && day < d.date().getDayOfMonth() && !inTime(s, before)) {
        EventDate range = range(withDay(d, day), d, s, before, t.tokenEnd());
        if (range != null) {
          return range;
        }
      }
    }
    // a day number after it: "July 1-2", "May 3 to 5"
    int after = t.tokenEnd() + 1;
    if (after < tokens.size() && Character.isDigit(t.text().charAt(t.text().length() - 1)) && joins(tokens, t.tokenBegin(), t.tokenEnd())
        && !inTime(s, after) && (after + 1 >= tokens.size() || !tokens.get(after + 1).isNoun())) {
      Integer day = dayNumber(tokens.get(after));
      if (day != null && day > d.date().getDayOfMonth() && day <= d.date().lengthOfMonth()) {
        EventDate range = range(d, withDay(d, day), s, t.tokenBegin(), after + 1);
        if (range != null) {
          return range;
        }
      }
    }
    return d;
  }

  /** The day or days of the month {@code month} that the day numbers around its name give, or null. */
  private static EventDate daysOfMonth(Sentence s, TimeExpression t, EventDate month) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    int e = t.tokenEnd();
    Integer first = e < n && !inTime(s, e) ? dayNumber(tokens.get(e)) : null;
    if (first != null && !nounAt(tokens, e + 1)) {
      Integer last = e + 2 < n && joins(tokens, e, e + 1) && !nounAt(tokens, e + 3) ? dayNumber(tokens.get(e + 2)) : null;
      return monthDays(s, month, first, last, t.tokenBegin(), last == null ? e + 1 : e + 3);
    }
    int b = t.tokenBegin();
    Integer last = b >= 1 && !inTime(s, b - 1) ? dayNumber(tokens.get(b - 1)) : null;
    if (last != null) {
      Integer start = b >= 3 && joins(tokens, b - 3, b - 2) ? dayNumber(tokens.get(b - 3)) : null;
      return start == null ? monthDays(s, month, last, null, b - 1, e) : monthDays(s, month, start, last, b - 3, e);
    }
    return null;
  }

  private static EventDate monthDays(Sentence s, EventDate month, int first, Integer last, int begin, int end) {
    int days = month.date().lengthOfMonth();
    if (first > days || (last != null && (last <= first || last > days))) {
      return null;
    }
    LocalDate from = month.date().withDayOfMonth(first);
    LocalDate to = last == null ? from : month.date().withDayOfMonth(last);
    return new EventDate(from, to, DateGranularity.DAY, true, s.span(begin, end),
        last == null ? from.toString() : from + "/" + to);
  }

  private static boolean nounAt(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).isNoun();
  }

  /**
   * Whether the token after {@code [begin, end)} joins it to what follows as a range: "to",
   * "through", "until", a dash; "and" only after "between".
   */
  private static boolean joins(List<Token> tokens, int begin, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    String w = tokens.get(end).word().toLowerCase(Locale.ROOT);
    if (!THROUGH.contains(w)) {
      return false;
    }
    return !w.equals("and") || (begin > 0 && tokens.get(begin - 1).word().equalsIgnoreCase("between"));
  }

  private static Integer dayNumber(Token t) {
    if (!t.pos().equals("CD") || !t.word().matches("\\d{1,2}")) {
      return null;
    }
    int n = Integer.parseInt(t.word());
    return n >= 1 && n <= 31 ? n : null;
  }

  private static boolean inTime(Sentence s, int token) {
    for (TimeExpression t : s.times()) {
      if (token >= t.tokenBegin() && token < t.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  private static EventDate withDay(EventDate d, int day) {
    LocalDate date = d.date().withDayOfMonth(day);
    return new EventDate(date, date, DateGranularity.DAY, true, d.text(), d.timex());
  }

  /** The days from {@code first} to {@code last} as one date, or null when that is no plausible range. */
  private static EventDate range(EventDate first, EventDate last, Sentence s, int begin, int end) {
    long days = ChronoUnit.DAYS.between(first.date(), last.date());
    if (days <= 0 || days > LONGEST_RANGE_DAYS) {
      return null;
    }
    return new EventDate(first.date(), last.date(), DateGranularity.DAY, true, s.span(begin, end),
        first.date() + "/" + last.date());
  }

  /** Turns a TIMEX3 value into a dated range, or null when it names no usable date. */
  static EventDate resolve(TimeExpression t, LocalDate articleDate) {
    String v = t.value();
    try {
      Matcher we = WEEKEND.matcher(v);
      if (we.find()) {
        LocalDate saturday = monday(Integer.parseInt(we.group(1)), Integer.parseInt(we.group(2))).plusDays(5);
        // "over the weekend" in a report is the weekend before it; the annotator may give the next
        if (saturday.isAfter(articleDate)) {
          saturday = saturday.minusWeeks(1);
        }
        return new EventDate(saturday, saturday.plusDays(1), DateGranularity.DAY, true, t.text(), v);
      }
      Matcher m = DAY.matcher(v);
      if (m.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new EventDate(d, d, DateGranularity.DAY, true, t.text(), v);
      }
      m = WEEK.matcher(v);
      if (m.find()) {
        LocalDate monday = monday(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new EventDate(monday, monday.plusDays(6), DateGranularity.WEEK, true, t.text(), v);
      }
      m = MONTH.matcher(v);
      if (m.find()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new EventDate(ym.atDay(1), ym.atEndOfMonth(), DateGranularity.MONTH, true, t.text(), v);
      }
      m = YEAR.matcher(v);
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        // A bare year far from the article is more likely a number than a date.
        if (Math.abs(y - articleDate.getYear()) > 30) {
          return null;
        }
        return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DateGranularity.YEAR, true, t.text(), v);
      }
      m = DECADE.matcher(v);
      if (m.find()) {
        int first = Integer.parseInt(m.group(1)) * 10;
        return new EventDate(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31), DateGranularity.DECADE, true,
            t.text(), v);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static LocalDate monday(int weekYear, int week) {
    return LocalDate.of(weekYear, 6, 1)
        .with(IsoFields.WEEK_BASED_YEAR, weekYear)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
