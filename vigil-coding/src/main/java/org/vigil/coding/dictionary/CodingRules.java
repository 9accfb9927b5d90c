package org.vigil.coding.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * Coding rules that come with a dictionary set rather than with the coder: PETRARCH dictionaries
 * were written for PETRARCH's way of coding, Vigil's for Vigil's (issue 3). Build them with
 * {@link #builder()} (which starts from {@link #VIGIL}) or start from {@link #VIGIL} and change one
 * setting with a {@code with} method. Immutable and thread-safe.
 *
 * @param dialect the way of coding the dictionaries were written for: every PETRARCH-specific
 *     behaviour of the coder is one of the dialect's (see {@link Dialect})
 * @param requireDyad events need a source and a target; one without a target is not coded
 *     (PETRARCH's {@code require_dyad})
 * @param commaClauses comma-delimited stretches whose verbs code nothing (PETRARCH's
 *     {@code comma_*} options)
 * @param distributeConjoinedModifiers a phrase whose country modifier is coordinated names one
 *     actor per conjunct ("the ambassadors of Arnor, Osgiliath and Gondor", "US and British
 *     activists", "lawmakers in Fornost and Gondor")
 * @param sentenceDiscards phrases (lower case, words separated by single spaces) whose presence
 *     stops a sentence from being coded
 * @param storyDiscards phrases whose presence in any sentence stops the whole article from being
 *     coded
 * @param transformations events coded under a governing verb that become other events
 *     (PETRARCH2's {@code ~ a (a b ATTACK) SAY = a b 015})
 * @param issueTags issue phrases whose codes each event of a sentence carries (PETRARCH's issue
 *     file); {@link IssueTags#NONE} for none
 */
public record CodingRules(
    Dialect dialect,
    boolean requireDyad,
    CommaClauses commaClauses,
    boolean distributeConjoinedModifiers,
    List<String> sentenceDiscards,
    List<String> storyDiscards,
    List<VerbTransformation> transformations,
    IssueTags issueTags) {

  /**
   * Vigil's own rules: Vigil's dialect, no dyad required, nothing discarded, actors distributed over
   * coordinated country modifiers ("Hungarian and Romanian officials").
   */
  public static final CodingRules VIGIL = new CodingRules(Dialect.VIGIL, false, CommaClauses.OFF, true, List.of(),
      List.of(), List.of(), IssueTags.NONE);

  public CodingRules {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(commaClauses, "commaClauses");
    Objects.requireNonNull(issueTags, "issueTags");
    sentenceDiscards = List.copyOf(sentenceDiscards);
    storyDiscards = List.copyOf(storyDiscards);
    transformations = List.copyOf(transformations);
  }

  /** A builder that starts from {@link #VIGIL}. */
  public static Builder builder() {
    return new Builder(VIGIL);
  }

  /** A builder that starts from these rules. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** These rules with {@code requireDyad} set as given. */
  public CodingRules withRequireDyad(boolean value) {
    return toBuilder().requireDyad(value).build();
  }

  /** These rules with {@code commaClauses} set as given. */
  public CodingRules withCommaClauses(CommaClauses value) {
    return toBuilder().commaClauses(value).build();
  }

  /** The dialect's {@link Dialect#wordFormTriggers()}. */
  public boolean wordFormTriggers() {
    return dialect.wordFormTriggers();
  }

  /** The dialect's {@link Dialect#infersModality()}. */
  public boolean inferModality() {
    return dialect.infersModality();
  }

  /**
   * Builds {@link CodingRules}; each setter rejects null at once. Not thread-safe; the rules it
   * builds are.
   */
  public static final class Builder {
    private Dialect dialect;
    private boolean requireDyad;
    private CommaClauses commaClauses;
    private boolean distributeConjoinedModifiers;
    private List<String> sentenceDiscards;
    private List<String> storyDiscards;
    private List<VerbTransformation> transformations;
    private IssueTags issueTags;

    private Builder(CodingRules from) {
      dialect = from.dialect;
      requireDyad = from.requireDyad;
      commaClauses = from.commaClauses;
      distributeConjoinedModifiers = from.distributeConjoinedModifiers;
      sentenceDiscards = from.sentenceDiscards;
      storyDiscards = from.storyDiscards;
      transformations = from.transformations;
      issueTags = from.issueTags;
    }

    public Builder dialect(Dialect value) {
      dialect = Objects.requireNonNull(value, "dialect");
      return this;
    }

    public Builder requireDyad(boolean value) {
      requireDyad = value;
      return this;
    }

    public Builder commaClauses(CommaClauses value) {
      commaClauses = Objects.requireNonNull(value, "commaClauses");
      return this;
    }

    public Builder distributeConjoinedModifiers(boolean value) {
      distributeConjoinedModifiers = value;
      return this;
    }

    public Builder sentenceDiscards(List<String> value) {
      sentenceDiscards = List.copyOf(value);
      return this;
    }

    public Builder storyDiscards(List<String> value) {
      storyDiscards = List.copyOf(value);
      return this;
    }

    public Builder transformations(List<VerbTransformation> value) {
      transformations = List.copyOf(value);
      return this;
    }

    public Builder issueTags(IssueTags value) {
      issueTags = Objects.requireNonNull(value, "issueTags");
      return this;
    }

    public CodingRules build() {
      return new CodingRules(dialect, requireDyad, commaClauses, distributeConjoinedModifiers, sentenceDiscards,
          storyDiscards, transformations, issueTags);
    }
  }
}
