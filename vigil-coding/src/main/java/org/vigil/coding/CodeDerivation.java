package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;

/**
 * Code derivation: the CAMEO code an event gets from its pattern's code and the clause's negation
 * and modality (intent, threat, ultimatum, refusal, a negated cooperation under PETRARCH's rules),
 * and the code of a reported demand. Thread-safe: holds only immutable dictionaries.
 */
final class CodeDerivation {
  /** Verbs that make a decision known ("announced it would prohibit"). */
  private static final Set<String> DECISION_VERBS = Set.of("announce", "decide", "rule");
  private static final Set<String> REFUSALS = Set.of("refused", "refuse", "refuses", "refusing", "declined",
      "decline", "declines", "declining");

  /**
   * A derived code.
   *
   * @param code the event's code
   * @param negated whether the event is still negated (a rejection has read the negation into the code)
   * @param modality the event's modality (a refusal is asserted)
   * @param cues the words that made the clause negated or modal, in the order found
   */
  record Derived(String code, boolean negated, Modality modality, List<String> cues) {}

  private final Dictionaries dictionaries;

  CodeDerivation(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
  }

  /** The code, negation and modality of the event the pattern codes on trigger t. */
  Derived derive(SentenceGraph g, int t, VerbPattern p) {
    List<String> cues = new ArrayList<>();
    boolean negated = Modalities.negated(g, t, cues);
    if (negated && PatternRules.namesNegation(p)) {
      // "- WILL NOT * [081]": the pattern has read the negation into its code.
      negated = false;
    }
    Modality modality = Modalities.modality(g, t, cues);
    boolean infer = dictionaries.rules().inferModality();
    // "announced it would prohibit all aid": a decision made known is the act itself, not an intent or a threat.
    // Force announced for the future stays a threat ("announced it would strike").
    boolean decided = modality == Modality.FUTURE && announcedDecision(g, t) && Character.isDigit(p.code().charAt(0))
        && Integer.parseInt(p.code().substring(0, 2)) <= 16;
    // "the province banned the trade in bushmeat": a ban at home, not an embargo (issue 11, round 6)
    String base = dictionaries.rules().dialect().readsClauseRoles() ? DomesticBans.code(g, t, p.code()) : p.code();
    // "retaliated with tariffs", "hit exporters with sanctions": force dealt by trade is a sanction (round 14)
    base = dictionaries.rules().dialect().readsClauseRoles() ? TradeMeasures.code(g, t, base,
        dictionaries.verbs().set(TradeMeasures.SANCTION_SET)) : base;
    String code = infer && !decided ? adjustForModality(base, modality, cues) : base;
    if (negated && dictionaries.rules().dialect().composesGoverningCodes()) {
      // PETRARCH2: a negated cooperation is a rejection ("would not provide support" is 121).
      String rejected = CodeComposition.negated(code, dictionaries.cameo());
      if (rejected != null) {
        code = rejected;
        negated = false;
      }
    }
    // "has no plans to send troops", "not the time to consider offering relief", "ruled out meeting":
    // an act not intended or ruled out is no refusal of it unless a verb of refusal says so (round 13)
    boolean notIntended = negated && cues.stream().noneMatch(c -> REFUSALS.contains(c.toLowerCase(Locale.ROOT)))
        && Modalities.ruledOut(g, t, new ArrayList<>());
    if (infer && negated && !notIntended && refusal(p.code(), modality, cues)) {
      // "will not accept", "refused to resign": a refusal of cooperation is CAMEO 12, asserted.
      code = rejection(p.code());
      negated = false;
      modality = Modality.ASSERTED;
    }
    return new Derived(code, negated, modality, cues);
  }

  /**
   * The code of a demand that the clause asked for by {@code asked} (or null) be done: of aid
   * 103, of a meeting 108, of a withdrawal 107 or 106, else 100.
   */
  static String demandCode(Firing asked) {
    if (asked == null) {
      return "100";
    }
    String c = asked.pattern().code();
    return c.startsWith("07") ? "103" : c.startsWith("04") ? "108" : c.startsWith("0871") ? "107"
        : c.startsWith("087") ? "106" : "100";
  }

  private boolean refusal(String code, Modality modality, List<String> cues) {
    int root = Integer.parseInt(code.substring(0, 2));
    boolean refused = cues.stream().anyMatch(c -> REFUSALS.contains(c.toLowerCase(Locale.ROOT)));
    boolean statedFuture = modality == Modality.FUTURE || modality == Modality.PROMISE
        || modality == Modality.CONDITIONAL;
    return root >= 3 && root <= 8 && (refused || statedFuture);
  }

  private String rejection(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    String mapped = switch (root) {
      case 3 -> "127";
      case 4 -> "125";
      case 6 -> "121";
      case 7 -> "122";
      case 8 -> "124";
      default -> "120";
    };
    return dictionaries.cameo().contains(mapped) ? mapped : "120";
  }

  private String adjustForModality(String code, Modality modality, List<String> cues) {
    int root = Integer.parseInt(code.substring(0, 2));
    boolean intent = modality == Modality.PROMISE || modality == Modality.FUTURE;
    if (modality == Modality.CONDITIONAL) {
      boolean unless = cues.stream().anyMatch(c -> c.equalsIgnoreCase("unless"));
      if (unless && root >= 8 && root <= 20 && dictionaries.cameo().contains("139")) {
        // "will withdraw its force unless ...": an ultimatum.
        return "139";
      }
      // "will mobilise if the situation deteriorates": a conditional use of force is a threat.
      intent = root >= 14;
    }
    if (intent && root >= 4 && root <= 8) {
      // Intent to act cooperatively is CAMEO 03: 07x provide aid -> 033x intent to provide aid.
      String mapped = switch (root) {
        case 4 -> "036";
        case 5 -> "032";
        case 6 -> "031";
        case 7 -> code.length() >= 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "033" + code.charAt(2) : "033";
        default -> "035";
      };
      return dictionaries.cameo().contains(mapped) ? mapped : code;
    }
    if ((modality == Modality.THREAT || intent) && root >= 14) {
      String mapped = switch (root) {
        case 14 -> "133";
        case 16 -> "131";
        case 17 -> "137";
        default -> "138";
      };
      return dictionaries.cameo().contains(mapped) ? mapped : code;
    }
    return code;
  }

  /** Verbs that make a decision known: a future clause under them is the decision itself. */
  private static boolean announcedDecision(SentenceGraph g, int t) {
    Dependency h = g.head(t);
    return h != null && h.governor() >= 0 && h.relation().equals("ccomp")
        && DECISION_VERBS.contains(g.lemma(h.governor()));
  }
}
