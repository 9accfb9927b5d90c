package org.vigil.coding.dictionary;

import java.util.List;

/**
 * Coding rules that come with a dictionary set rather than with the coder: PETRARCH dictionaries
 * were written for PETRARCH's way of coding, Vigil's for Vigil's (issue 3). Immutable and
 * thread-safe.
 *
 * @param requireDyad events need a source and a target; one without a target is not coded
 *     (PETRARCH's {@code require_dyad})
 * @param wordFormTriggers a trigger may name a word form ("left", "said") as well as a lemma: the
 *     token's own form is looked up first, its lemma only when the form has no pattern
 * @param inferModality Vigil's reading of modality into the code: intent (will help -> 03x),
 *     refusal (refused to meet -> 12x) and reported obligation (said X must -> 10x). PETRARCH
 *     dictionaries write such readings as patterns instead
 * @param sentenceDiscards phrases (lower case, words separated by single spaces) whose presence
 *     stops a sentence from being coded
 * @param storyDiscards phrases whose presence in any sentence stops the whole article from being
 *     coded
 * @param targetFromPhrase when no argument of the trigger names an actor, the first actor named
 *     further inside the trigger's phrase is the target ("welcomed a resumption of ties with
 *     Osgiliath"), as PETRARCH takes the first actor of the verb phrase
 * @param unattachedSectors a sector noun that names no country or organisation is an actor of
 *     its own, coded {@code ---} plus the sector ("students" is {@code ---EDU}), as PETRARCH codes
 *     an agent without an actor
 * @param transformations events coded under a governing verb that become other events
 *     (PETRARCH2's {@code ~ a (a b ATTACK) SAY = a b 015})
 * @param subjectlessVerbsJoinGovernor a verb without a subject of its own ("urged Bree to help
 *     win", "abandoned efforts to stop") codes nothing when a verb it depends on codes an event:
 *     PETRARCH codes the governing verb phrase, words and all
 * @param distributeConjoinedModifiers a phrase whose country modifier is coordinated names one
 *     actor per conjunct ("the ambassadors of Arnor, Osgiliath and Gondor", "US and British
 *     activists", "lawmakers in Fornost and Gondor")
 * @param commaClauses comma-delimited stretches whose verbs code nothing (PETRARCH's
 *     {@code comma_*} options)
 * @param petrarchPassives passives read as PETRARCH reads them: only a passive with a
 *     {@code by} agent swaps its roles, so an agentless one ("Bree was criticized over its
 *     dispute with Gondor") keeps its subject as the source; and the agent's words stand before
 *     the verb for a pattern ("was demolished by a protestor" matches {@code - PROTESTOR *})
 * @param composeGoverningCodes PETRARCH2's verb interaction: an appeal, intent or demand that
 *     governs a verb of cooperation codes the cooperation asked for, intended or demanded ("wants
 *     to help" 030 + 070 = 033, "asking Obama to help" 020 + 070 = 023), and a negated
 *     cooperation is a rejection ("will not provide support" 060 -> 121, not yielding 08x -> 124x)
 * @param petrarchAgents agents as PETRARCH compounds them: every agent of the actor's phrase adds
 *     its code unless the code already holds it ("Gondor government newspaper" is {@code GONGOVMED}),
 *     prefix agents go before the actor's code ({@code MSF [NGO~]}: "MSF Arnor" is {@code NGOARN}),
 *     a phrase modified by "former" takes {@code ELI} instead of its own agents, and agent nouns
 *     match only the forms the dictionary lists (an agent written with {@code {}} has no plural)
 * @param issues issue phrases whose codes each event of a sentence carries (PETRARCH's issue
 *     file); {@link Issues#NONE} for none
 */
public record CodingRules(
    boolean requireDyad,
    boolean wordFormTriggers,
    boolean inferModality,
    List<String> sentenceDiscards,
    List<String> storyDiscards,
    boolean targetFromPhrase,
    boolean unattachedSectors,
    List<VerbTransformation> transformations,
    boolean subjectlessVerbsJoinGovernor,
    boolean distributeConjoinedModifiers,
    CommaClauses commaClauses,
    boolean petrarchPassives,
    boolean composeGoverningCodes,
    boolean petrarchAgents,
    Issues issues) {

  /**
   * Vigil's own rules: no dyad required, lemma triggers, modality inferred, nothing discarded, actors
   * distributed over coordinated country modifiers ("Hungarian and Romanian officials").
   */
  public static final CodingRules VIGIL = new CodingRules(false, false, true, List.of(), List.of(), false, false, List.of(), false, true,
      CommaClauses.OFF, false, false, false, Issues.NONE);

  /** These rules with {@code requireDyad} set as given. */
  public CodingRules withRequireDyad(boolean value) {
    return new CodingRules(value, wordFormTriggers, inferModality, sentenceDiscards, storyDiscards, targetFromPhrase,
        unattachedSectors, transformations, subjectlessVerbsJoinGovernor, distributeConjoinedModifiers, commaClauses, petrarchPassives, composeGoverningCodes,
        petrarchAgents, issues);
  }

  /** These rules with {@code commaClauses} set as given. */
  public CodingRules withCommaClauses(CommaClauses value) {
    return new CodingRules(requireDyad, wordFormTriggers, inferModality, sentenceDiscards, storyDiscards, targetFromPhrase,
        unattachedSectors, transformations, subjectlessVerbsJoinGovernor, distributeConjoinedModifiers, value, petrarchPassives, composeGoverningCodes,
        petrarchAgents, issues);
  }

  public CodingRules {
    sentenceDiscards = List.copyOf(sentenceDiscards);
    storyDiscards = List.copyOf(storyDiscards);
    transformations = List.copyOf(transformations);
    java.util.Objects.requireNonNull(commaClauses, "commaClauses");
    java.util.Objects.requireNonNull(issues, "issues");
  }
}
