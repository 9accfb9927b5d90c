package org.vigil.coding;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A learned model's reading of clauses (issue 11, round 9): for a sentence and a trigger word in
 * it, how likely each PLOVER type is (and {@code NONE}, no event). The coder asks it about the
 * clauses its patterns left uncoded ({@link LearnedClauses}); {@code vigil-learn}'s type model
 * answers. Implementations must be thread-safe.
 */
public interface ClauseTyper {
  /** The class of a clause that codes no PLOVER event. */
  String NONE = "NONE";

  /** A sentence and the words of its trigger. */
  record Clause(String sentence, String trigger) {
    public Clause {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(trigger, "trigger");
    }
  }

  /** Each clause's probability per class, in order; the clauses of one article come in one batch. */
  List<Map<String, Double>> types(List<Clause> clauses);

  /**
   * What the coder lets the model add: the recall net (a force or protest word in a sentence that
   * coded nothing), the finder (a clause between two known actors that no pattern coded) and,
   * with a speech model, criticism in reported speech ({@link LearnedSpeech}; null for none).
   */
  record Uses(ClauseTyper typer, boolean net, boolean find, ClauseTyper speech) {
    public Uses {
      Objects.requireNonNull(typer, "typer");
    }

    /** The net and the finder only. */
    public Uses(ClauseTyper typer, boolean net, boolean find) {
      this(typer, net, find, null);
    }
  }
}
