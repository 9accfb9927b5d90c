package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.VerbDictionary;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.coding.dictionary.VerbPattern.SequenceWord;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * The coding rules that PETRARCH-format dictionaries bring (issue 3), kept apart from the coder's
 * own reading: word-form triggers, word sequences before and after the trigger, discards, and
 * negation named by the pattern itself. Vigil's own dictionaries use none of them. Stateless.
 *
 * <p>Over 500 lines on purpose: the word-sequence matching of PETRARCH patterns (before and after
 * the verb, forwards and backwards, with the phrase and clause windows it reads) is one algorithm
 * whose helpers share their windows; the remaining rules are small and static.
 */
final class PatternRules {
  /** Words that negate; a pattern that names one has read the negation into its code. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  /** Relations that stay inside the trigger's own phrase when looking for the words after it. */
  private static final Set<String> OUTSIDE_PHRASE = Set.of("conj", "parataxis", "punct", "cc", "nsubj", "nsubj:pass",
      "csubj", "aux", "aux:pass", "mark", "discourse", "vocative", "list");
  /** Relations that make a token part of the phrase its head names ("Osgiliath soldiers"). */
  private static final Set<String> IN_NOUN_PHRASE = Set.of("compound", "amod", "nmod:poss", "flat", "flat:name", "nummod");

  /** The head of the noun phrase the token modifies, or the token itself. */
  static int phraseHead(SentenceGraph g, int token) {
    int cur = token;
    for (int step = 0; step < 3; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || !IN_NOUN_PHRASE.contains(h.relation())) {
        break;
      }
      cur = h.governor();
    }
    return cur;
  }

  /** Relations climbed to find the clause the words before the trigger belong to. */
  private static final Set<String> CLAUSE_UP = Set.of("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl", "dep");

  private PatternRules() {}

  /** Patterns for the token: its word form first when the dictionaries name forms, else by lemma. */
  static List<VerbPattern> patterns(VerbDictionary verbs, CodingRules rules, Token token, List<VerbPattern> byLemma) {
    if (!rules.wordFormTriggers()) {
      return byLemma;
    }
    List<VerbPattern> byForm = verbs.forLemma(token.word().toLowerCase(Locale.ROOT));
    if (byForm.isEmpty() || byForm == byLemma) {
      return byLemma;
    }
    // The form's own patterns first ("left" is LEFT, not LEAVE); when none holds, the lemma's
    // ("attacked" is also a form of the multi-word ATTACKED_AND_STABBED).
    List<VerbPattern> both = new ArrayList<>(byForm);
    for (VerbPattern p : byLemma) {
      if (!byForm.contains(p)) {
        both.add(p);
      }
    }
    return both;
  }

  /**
   * The tokens of the comma-delimited stretches that PETRARCH's comma options set aside: an
   * opening, internal or closing stretch whose length in words lies in its range.
   */
  static boolean[] setAside(SentenceGraph g, org.vigil.coding.dictionary.CommaClauses rule) {
    List<Token> tokens = g.sentence.tokens();
    boolean[] out = new boolean[tokens.size()];
    if (rule.max() == 0 && rule.beginMax() == 0 && rule.endMax() == 0) {
      return out;
    }
    List<Integer> commas = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(",")) {
        commas.add(i);
      }
    }
    if (commas.isEmpty()) {
      return out;
    }
    List<int[]> stretches = new ArrayList<>();
    stretches.add(new int[] {0, commas.get(0)});
    for (int k = 0; k + 1 < commas.size(); k++) {
      stretches.add(new int[] {commas.get(k) + 1, commas.get(k + 1)});
    }
    stretches.add(new int[] {commas.get(commas.size() - 1) + 1, tokens.size()});
    for (int k = 0; k < stretches.size(); k++) {
      int[] st = stretches.get(k);
      int words = 0;
      for (int i = st[0]; i < st[1]; i++) {
        if (tokens.get(i).word().chars().anyMatch(Character::isLetterOrDigit)) {
          words++;
        }
      }
      int lo = k == 0 ? rule.beginMin() : k == stretches.size() - 1 ? rule.endMin() : rule.min();
      int hi = k == 0 ? rule.beginMax() : k == stretches.size() - 1 ? rule.endMax() : rule.max();
      if (hi > 0 && words >= lo && words <= hi && !continuesCoordination(g, st)) {
        for (int i = st[0]; i < st[1]; i++) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  /** The set-aside stretches that hold a verb: clauses, not list items. */
  static boolean[] clausesOnly(SentenceGraph g, boolean[] setAside) {
    boolean[] out = new boolean[setAside.length];
    int i = 0;
    while (i < setAside.length) {
      if (!setAside[i]) {
        i++;
        continue;
      }
      int j = i;
      boolean verb = false;
      while (j < setAside.length && setAside[j]) {
        verb |= g.token(j).isVerb();
        j++;
      }
      for (int k = i; k < j && verb; k++) {
        out[k] = true;
      }
      i = j;
    }
    return out;
  }

  /**
   * True when the stretch opens with a coordinating conjunction: it ends a list or a coordination
   * ("The US, Russia, and Switzerland met") rather than being an aside.
   */
  private static boolean continuesCoordination(SentenceGraph g, int[] stretch) {
    if (stretch[0] >= stretch[1]) {
      return false;
    }
    String first = g.token(stretch[0]).word().toLowerCase(Locale.ROOT);
    return first.equals("and") || first.equals("or") || first.equals("but") || first.equals("nor");
  }

  /** True when the sentence contains one of the phrases (whole words, case-insensitive). */
  static boolean discarded(Sentence sentence, List<String> phrases) {
    if (phrases.isEmpty()) {
      return false;
    }
    StringBuilder sb = new StringBuilder(" ");
    for (Token t : sentence.tokens()) {
      sb.append(t.word().toLowerCase(Locale.ROOT)).append(' ');
    }
    String words = sb.toString();
    for (String p : phrases) {
      if (words.contains(" " + p + " ")) {
        return true;
      }
    }
    return false;
  }

  /** True when the pattern has a word sequence (PETRARCH patterns do; Vigil's own do not). */
  static boolean hasSequence(VerbPattern p) {
    for (VerbPattern.Constraint c : p.constraints()) {
      if (!c.sequence().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** True when the pattern's words before the trigger name a negation ("WILL NOT *"). */
  static boolean namesNegation(VerbPattern p) {
    for (VerbPattern.Constraint c : p.constraints()) {
      if (c.kind() == VerbPattern.Constraint.Kind.BEFORE || c.kind() == VerbPattern.Constraint.Kind.AFTER) {
        for (SequenceWord w : c.sequence()) {
          for (List<String> alt : w.alternatives()) {
            for (String word : alt) {
              if (NEGATIONS.contains(word)) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * True when the constraint's words occur in order: after the trigger, inside its phrase (its
   * dependents but not other clauses); before it, inside the clause that governs it.
   */
  static boolean matches(SentenceGraph g, int trigger, VerbPattern.Constraint c, boolean agentBefore) {
    return matched(g, trigger, c, agentBefore) != null;
  }

  /**
   * The tokens the constraint's words matched, in text order, or null when they do not occur.
   * With {@code agentBefore}, a passive's agent ("demolished by a protestor") counts among the
   * words before the verb, after the clause's own, as PETRARCH reads the agent as the subject.
   */
  static List<Integer> matched(SentenceGraph g, int trigger, VerbPattern.Constraint c, boolean agentBefore) {
    boolean after = c.kind() == VerbPattern.Constraint.Kind.AFTER;
    List<Integer> window = after ? wordsAfter(g, trigger) : clauseBefore(g, trigger);
    if (!after && agentBefore) {
      window = new ArrayList<>(window);
      for (int agent : g.childrenExact(trigger, "obl:agent")) {
        boolean[] np = new boolean[g.size()];
        np[agent] = true;
        collect(g, agent, np, false);
        for (int i = trigger + 1; i < np.length; i++) {
          if (np[i] && !"case".equals(g.head(i) == null ? null : g.head(i).relation())) {
            window.add(i);
          }
        }
      }
    }
    List<SequenceWord> seq = c.sequence();
    java.util.ArrayDeque<Integer> hits = new java.util.ArrayDeque<>();
    boolean ok = after ? matchForward(g, window, seq, 0, trigger, 0, hits)
        : matchBackward(g, window, seq, seq.size() - 1, trigger, window.size() - 1, hits);
    if (!ok) {
      return null;
    }
    List<Integer> out = new ArrayList<>(hits);
    out.sort(null);
    return out;
  }

  /**
   * True when the verb's phrase has a "by" phrase: its own agent ("was demolished by a protestor")
   * or one further in ("were killed in an air strike by government forces").
   */
  static boolean namesAgent(SentenceGraph g, int trigger) {
    for (int i : phraseAfter(g, trigger)) {
      Dependency h = g.head(i);
      if (g.token(i).word().equalsIgnoreCase("by") && h != null && h.relation().equals("case")) {
        return true;
      }
    }
    return false;
  }

  /** Tokens after the trigger in its own phrase, in text order. */
  static List<Integer> phraseAfter(SentenceGraph g, int trigger) {
    boolean[] in = new boolean[g.size()];
    collect(g, trigger, in, true);
    return after(in, trigger);
  }

  /**
   * Where the words after the verb are matched: {@link #phraseAfter} without clausal complements
   * headed by a verb, which code their own events ("said they will attack": SAY's "* ATTACK" does
   * not hold; "allowed that Mordor isn't a really pleasant place", headed by the noun, still
   * matches "* REALLY_PLEASANT").
   */
  static List<Integer> wordsAfter(SentenceGraph g, int trigger) {
    boolean[] in = new boolean[g.size()];
    collect(g, trigger, in, true);
    for (Dependency d : g.children(trigger)) {
      if (d.relation().equals("ccomp") && g.token(d.dependent()).isVerb()) {
        boolean[] drop = new boolean[g.size()];
        drop[d.dependent()] = true;
        collect(g, d.dependent(), drop, false);
        for (int i = 0; i < drop.length; i++) {
          in[i] &= !drop[i];
        }
      }
    }
    // "Evidence against Russia was presented by the US": a passive subject is the verb's object,
    // so PRESENT's "* EVIDENCE" holds; it is read first, then the words after the verb.
    List<Integer> out = new ArrayList<>();
    for (int subj : g.childrenExact(trigger, "nsubj:pass")) {
      if (subj < trigger) {
        boolean[] np = new boolean[g.size()];
        np[subj] = true;
        collect(g, subj, np, false);
        for (int i = 0; i < trigger; i++) {
          if (np[i]) {
            out.add(i);
          }
        }
      }
    }
    out.addAll(after(in, trigger));
    return out;
  }

  /**
   * The phrase where a target may stand: {@link #phraseAfter} without adverbial clauses of their
   * own ("restore ties with Gxndor, years after Calenardhon crowds burned ...").
   */
  static List<Integer> targetPhrase(SentenceGraph g, int trigger) {
    boolean[] in = new boolean[g.size()];
    collect(g, trigger, in, true);
    for (Dependency d : g.children(trigger)) {
      if (d.relation().startsWith("advcl")) {
        boolean marked = false;
        boolean infinitive = false;
        for (int m : g.childrenExact(d.dependent(), "mark")) {
          marked = true;
          infinitive |= g.lemma(m).equals("to");
        }
        boolean subordinate = marked && !infinitive;
        if (subordinate) {
          boolean[] drop = new boolean[g.size()];
          drop[d.dependent()] = true;
          collect(g, d.dependent(), drop, false);
          for (int i = 0; i < drop.length; i++) {
            in[i] &= !drop[i];
          }
        }
      }
    }
    // At most one clause down: "says it has evidence proving Russia was behind" names no target of "says".
    int[] clauses = new int[g.size()];
    java.util.Arrays.fill(clauses, -1);
    clauses[trigger] = 0;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(trigger));
    while (!todo.isEmpty()) {
      int cur = todo.poll();
      for (Dependency d : g.children(cur)) {
        int dep = d.dependent();
        Dependency h = g.head(dep);
        if (clauses[dep] >= 0 || h == null || h.governor() != cur || d.relation().endsWith(":xsubj")) {
          continue;
        }
        String r = d.relation();
        boolean clause = r.equals("ccomp") || r.equals("xcomp") || r.startsWith("acl") || r.startsWith("advcl") || r.equals("csubj");
        clauses[dep] = clauses[cur] + (clause ? 1 : 0);
        todo.add(dep);
      }
    }
    for (int i = 0; i < in.length; i++) {
      in[i] &= clauses[i] >= 0 && clauses[i] <= 1;
    }
    return after(in, trigger);
  }

  private static List<Integer> after(boolean[] in, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (int i = trigger + 1; i < in.length; i++) {
      if (in[i]) {
        out.add(i);
      }
    }
    return out;
  }

  private static void collect(SentenceGraph g, int token, boolean[] in, boolean top) {
    for (Dependency d : g.children(token)) {
      int dep = d.dependent();
      String rel = d.relation();
      String base = rel.indexOf(':') < 0 ? rel : rel.substring(0, rel.indexOf(':'));
      if (in[dep] || dep == token || (top && (OUTSIDE_PHRASE.contains(rel) || OUTSIDE_PHRASE.contains(base)))) {
        continue;
      }
      if (rel.endsWith(":xsubj") || g.head(dep) == null || g.head(dep).governor() != token) {
        continue;
      }
      in[dep] = true;
      collect(g, dep, in, false);
    }
  }

  /** Tokens before the trigger in the clause that governs it (up to three clauses up), in text order. */
  private static List<Integer> clauseBefore(SentenceGraph g, int trigger) {
    int top = trigger;
    for (int step = 0; step < 3; step++) {
      Dependency h = g.head(top);
      if (h == null || h.governor() < 0 || !CLAUSE_UP.contains(h.relation())) {
        break;
      }
      top = h.governor();
    }
    boolean[] in = new boolean[g.size()];
    in[top] = true;
    collectAll(g, top, in);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < trigger; i++) {
      if (in[i]) {
        out.add(i);
      }
    }
    return out;
  }

  private static void collectAll(SentenceGraph g, int token, boolean[] in) {
    for (Dependency d : g.children(token)) {
      int dep = d.dependent();
      if (in[dep] || d.relation().endsWith(":xsubj")) {
        continue;
      }
      Dependency h = g.head(dep);
      if (h == null || h.governor() != token) {
        continue;
      }
      in[dep] = true;
      collectAll(g, dep, in);
    }
  }

  /** Matches seq[i..] against window positions from {@code pos}; {@code prev} is the last matched token. */
  private static boolean matchForward(SentenceGraph g, List<Integer> window, List<SequenceWord> seq, int i, int prev, int pos,
      java.util.Deque<Integer> hits) {
    if (i == seq.size()) {
      return true;
    }
    SequenceWord w = seq.get(i);
    for (int p = pos; p < window.size(); p++) {
      int tok = window.get(p);
      if (w.adjacent() && tok != prev + 1) {
        return false;
      }
      for (List<String> alt : w.alternatives()) {
        int len = alt.size();
        if (p + len - 1 < window.size() && consecutive(window, p, len) && wordsMatch(g, window, p, alt, w.exact())
            && (!w.preposition() || introducesNoun(g, window.get(p)))) {
          for (int k = 0; k < len; k++) {
            hits.push(window.get(p + k));
          }
          if (matchForward(g, window, seq, i + 1, window.get(p + len - 1), p + len, hits)) {
            return true;
          }
          for (int k = 0; k < len; k++) {
            hits.pop();
          }
        }
      }
      if (w.adjacent()) {
        return false;
      }
    }
    return false;
  }

  /** Matches seq[..i] backwards against window positions up to {@code pos}; {@code next} is the token after. */
  private static boolean matchBackward(SentenceGraph g, List<Integer> window, List<SequenceWord> seq, int i, int next, int pos,
      java.util.Deque<Integer> hits) {
    if (i < 0) {
      return true;
    }
    SequenceWord w = seq.get(i);
    for (int p = pos; p >= 0; p--) {
      int tok = window.get(p);
      for (List<String> alt : w.alternatives()) {
        int len = alt.size();
        int start = p - len + 1;
        if (start < 0 || !consecutive(window, start, len)) {
          continue;
        }
        if (w.adjacent() && tok != next - 1) {
          continue;
        }
        if (wordsMatch(g, window, start, alt, w.exact())) {
          for (int k = 0; k < len; k++) {
            hits.push(window.get(start + k));
          }
          if (matchBackward(g, window, seq, i - 1, window.get(start), start - 1, hits)) {
            return true;
          }
          for (int k = 0; k < len; k++) {
            hits.pop();
          }
        }
      }
      if (w.adjacent()) {
        return false;
      }
    }
    return false;
  }

  /** True for a preposition of a noun phrase ("to sanctions"), not an infinitive's "to". */
  private static boolean introducesNoun(SentenceGraph g, int token) {
    Dependency h = g.head(token);
    return h != null && (h.relation().equals("case") || h.relation().equals("fixed"));
  }

  private static boolean consecutive(List<Integer> window, int from, int len) {
    for (int k = 1; k < len; k++) {
      if (window.get(from + k) != window.get(from + k - 1) + 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordsMatch(SentenceGraph g, List<Integer> window, int from, List<String> words, boolean exact) {
    for (int k = 0; k < words.size(); k++) {
      int tok = window.get(from + k);
      String want = words.get(k);
      String form = g.token(tok).word().toLowerCase(Locale.ROOT);
      if (!form.equals(want) && (exact || !g.lemma(tok).equals(want))) {
        return false;
      }
    }
    return true;
  }
}
