package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.text.Token;
import org.vigil.nlp.Lemmas;

/**
 * What {@code vigil dict explain} prints for a phrase without parsing it: the actor entries its
 * words name (with where each is written and how it matched: exact, case-sensitive abbreviation
 * or with a typing error), the names it fails to match and why, and the verb patterns its words
 * can trigger, in the order the coder tries them, with the constraints the phrase's other words
 * could meet. Whether a constraint holds is for the parse to say ({@code --parse}).
 */
public final class Explanation {
  private static final Set<String> PREPOSITIONS = Set.of(
      "for", "of", "in", "on", "at", "with", "from", "by", "against", "into", "to", "over", "about", "toward", "towards");
  private final Dictionaries d;
  private final boolean all;

  /** {@code all}: list the patterns the phrase cannot meet too, each with what it lacks. */
  public Explanation(Dictionaries d, boolean all) {
    this.d = d;
    this.all = all;
  }

  public List<String> explain(String phrase) {
    List<String> out = new ArrayList<>();
    List<String> words = Lemmas.words(phrase);
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      tokens.add(new Token(i, w, w.toLowerCase(Locale.ROOT), "", "O", offset, offset + w.length()));
      offset += w.length() + 1;
    }
    actors(tokens, out);
    patterns(tokens, out);
    if (out.isEmpty()) {
      out.add("no dictionary entry or verb pattern matches '" + phrase + "'");
    }
    return out;
  }

  private void actors(List<Token> tokens, List<String> out) {
    ActorDictionary actors = d.actors();
    boolean[] covered = new boolean[tokens.size()];
    for (ActorDictionary.Match m : actors.match(tokens)) {
      String text = tokens.subList(m.begin(), m.end()).stream().map(Token::word).collect(Collectors.joining(" "));
      for (int i = m.begin(); i < m.end(); i++) {
        covered[i] = true;
      }
      for (ActorDictionary.Hit h : m.hits()) {
        String how = m.fuzzy() ? "fuzzy: one or two typing errors from '" + h.phrase() + "'"
            : h.caseSensitive() ? "case: an abbreviation, matched because it is written in capitals"
            : "exact: '" + h.phrase() + "', case-insensitive on whole tokens";
        out.add(String.format("actor   '%s' -> %s as %s [%s] at %s", text, describe(h),
            h.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), how, where(h)));
      }
    }
    // Names the phrase writes but that did not match, with the rule that stopped them.
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        continue;
      }
      String w = tokens.get(i).word();
      for (ActorDictionary.Hit h : actors.lookup(w)) {
        if (!h.kind().isProperName()) {
          continue;
        }
        String why = h.caseSensitive()
            ? "abbreviations written in capitals match only when the text writes them in capitals"
            : "names must be capitalised in the text";
        out.add(String.format("no match '%s': would be %s as %s (%s), but %s", w, describe(h),
            h.kind().name().toLowerCase(Locale.ROOT), where(h), why));
      }
    }
  }

  private String describe(ActorDictionary.Hit h) {
    if (h.sector() != null) {
      return "sector " + h.sector().code() + " (" + h.sector().description() + ")";
    }
    return switch (h.entry()) {
      case ActorEntry.Country c -> "country " + c.code() + " " + c.name();
      case ActorEntry.Organisation o -> "org " + o.code() + " " + o.name();
      case ActorEntry.Group g -> "group " + g.code() + " " + g.name() + (g.ignore() ? " (ignored: never coded)" : "");
      case ActorEntry.Person p -> "person " + p.name() + (p.roles().isEmpty() ? "" : " (" + p.roles().stream()
          .map(r -> r.code() + " " + r.range() + " " + r.title()).collect(Collectors.joining("; ")) + ")");
    };
  }

  private String where(ActorDictionary.Hit h) {
    String o = d.actors().origin(h.sector() != null ? h.sector() : h.entry());
    return o == null ? "(no file)" : o;
  }

  private void patterns(List<Token> tokens, List<String> out) {
    List<Set<String>> lemmas = tokens.stream().map(t -> Lemmas.of(t.word())).toList();
    Set<String> triggers = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (String lemma : lemmas.get(i)) {
        if (d.verbs().hasTrigger(lemma) && triggers.add(lemma)) {
          explainTrigger(i, lemma, tokens, lemmas, out);
        }
      }
    }
  }

  private void explainTrigger(int at, String lemma, List<Token> tokens, List<Set<String>> lemmas, List<String> out) {
    List<VerbPattern> candidates = d.verbs().forLemma(lemma);
    out.add(String.format("trigger '%s' (lemma %s): %d pattern%s, tried most specific first, then in dictionary order",
        tokens.get(at).word(), lemma, candidates.size(), candidates.size() == 1 ? "" : "s"));
    VerbPattern first = null;
    int unmet = 0;
    for (VerbPattern p : candidates) {
      List<String> reasons = new ArrayList<>();
      boolean all = true;
      for (VerbPattern.Constraint c : p.constraints()) {
        String met = met(c, at, tokens, lemmas);
        all &= met != null;
        reasons.add(describe(c) + (met == null ? " - not in the phrase" : " - " + met));
      }
      String verdict;
      if (all && first == null) {
        first = p;
        verdict = "FIRES (if the parse agrees)";
      } else if (all) {
        verdict = "outranked by " + first.origin();
      } else {
        verdict = "does not match";
        if (!this.all) {
          unmet++;
          continue;
        }
      }
      String code = d.cameo().find(p.code()).map(CameoCode::description).orElse("?");
      String plover = d.cameo().find(p.code()).map(c -> c.ploverEvent() + (c.ploverMode() == null ? "" : "/" + c.ploverMode())).orElse("?");
      out.add(String.format("pattern '%s' (trigger as a %s) -> %s %s, PLOVER %s at %s: %s%s", p.text(),
          p.pos().name().toLowerCase(Locale.ROOT), p.code(), code, plover, p.origin(), verdict,
          reasons.isEmpty() ? " (no constraints)" : ""));
      reasons.forEach(r -> out.add("          " + r));
    }
    if (unmet > 0) {
      out.add(String.format("          (%d more pattern%s for '%s' need words the phrase lacks; --all lists them)", unmet,
          unmet == 1 ? "" : "s", lemma));
    }
  }

  private static String describe(VerbPattern.Constraint c) {
    String words = c.words().isEmpty() ? "any word" : String.join("|", new java.util.TreeSet<>(c.words()));
    return switch (c.kind()) {
      case PARTICLE -> "particle " + words;
      case OBJECT -> "direct object " + words;
      case OBLIQUE -> "'" + c.preposition().replace('_', ' ') + "' phrase headed by " + words;
      case XCOMP -> "complement clause (to ...) " + words;
      case BEFORE -> "words before the trigger " + c.sequence();
      case AFTER -> "words after the trigger " + c.sequence();
    };
  }

  /** A word of the phrase (after the trigger, for dependents) that could meet the constraint, or null. */
  private static String met(VerbPattern.Constraint c, int at, List<Token> tokens, List<Set<String>> lemmas) {
    switch (c.kind()) {
      case PARTICLE, OBJECT, XCOMP -> {
        // Dependents follow the trigger in an active clause; a word right after a preposition
        // other than the infinitive's "to" heads an oblique, not an object or complement.
        for (int j = at + 1; j < tokens.size(); j++) {
          String before = tokens.get(j - 1).word().toLowerCase(Locale.ROOT);
          boolean afterPreposition = PREPOSITIONS.contains(before);
          if (c.kind() == VerbPattern.Constraint.Kind.XCOMP && before.equals("to")) {
            afterPreposition = false;
          }
          if (!afterPreposition && (c.words().isEmpty() || lemmas.get(j).stream().anyMatch(c.words()::contains))) {
            return "'" + (before.equals("to") ? "to " : "") + tokens.get(j).word() + "' could be it";
          }
        }
        return null;
      }
      case OBLIQUE -> {
        String[] prep = c.preposition().split("_");
        for (int j = 0; j + prep.length <= tokens.size(); j++) {
          boolean here = true;
          for (int k = 0; k < prep.length; k++) {
            here &= tokens.get(j + k).word().equalsIgnoreCase(prep[k]);
          }
          if (!here) {
            continue;
          }
          if (c.words().isEmpty()) {
            return "'" + c.preposition().replace('_', ' ') + "' is in the phrase";
          }
          for (int h = j + prep.length; h < tokens.size(); h++) {
            if (lemmas.get(h).stream().anyMatch(c.words()::contains)) {
              return "'" + c.preposition().replace('_', ' ') + " ... " + tokens.get(h).word() + "' could be it";
            }
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }
}
