package org.vigil.coding.dictionary;

/**
 * The way of coding a dictionary set was written for (issue 3): PETRARCH dictionaries are coded as
 * PETRARCH would code them, Vigil's own as Vigil does. Every place where the coder departs from its
 * own reading for PETRARCH's asks the dialect by the name of that behaviour, so the departures can
 * be found here and in {@code docs/PETRARCH.md} ("Coding rules that come with PETRARCH
 * dictionaries"). Immutable and thread-safe.
 */
public enum Dialect {
  /** Vigil's reading: lemma triggers, modality inferred, targets searched deep, side readings of actors. */
  VIGIL,
  /** PETRARCH2's reading, for PETRARCH dictionaries. */
  PETRARCH;

  /**
   * A trigger may name a word form ("left", "said") as well as a lemma: the token's own form is
   * looked up first, its lemma only when the form has no pattern.
   */
  public boolean wordFormTriggers() {
    return this == PETRARCH;
  }

  /**
   * Vigil's reading of modality into the code: intent (will help -> 03x), refusal (refused to meet
   * -> 12x) and reported obligation (said X must -> 10x). PETRARCH dictionaries write such readings
   * as patterns instead.
   */
  public boolean infersModality() {
    return this == VIGIL;
  }

  /**
   * Vigil's readings of an actor phrase beyond its words: relational heads ("Israel's ally" is not
   * Israel), loyalties, the sentence's only country. PETRARCH reads the phrase's words only.
   */
  public boolean sideReadings() {
    return this == VIGIL;
  }

  /**
   * Descriptions that refer back to an organisation or group named earlier in the article ("the
   * regional body", "the separatist group", issue 11). PETRARCH codes each sentence alone.
   */
  public boolean readsDefiniteReferences() {
    return this == VIGIL;
  }

  /**
   * Criticism in the speaker's own words: a verb of saying whose content evaluates a named actor
   * negatively ("X said Russia's aggression was illegal", issue 11). PETRARCH codes verbs only.
   */
  public boolean readsEvaluativeSpeech() {
    return this == VIGIL;
  }

  /**
   * Meetings written as nouns: "traveled to X for talks with Y", "the Russia-Ukraine talks" code a
   * consultation each way (issue 11, round 4). PETRARCH codes verbs only.
   */
  public boolean readsNominalMeetings() {
    return this == VIGIL;
  }

  /**
   * Appeals worded as wishes: "she hopes the United States can help", "we want Kenya to reopen the
   * border" code a request of the speaker on that actor (issue 11, round 4). PETRARCH codes verbs only.
   */
  public boolean readsWishes() {
    return this == VIGIL;
  }

  /**
   * Agents as PETRARCH compounds them: every agent of the actor's phrase adds its code unless the
   * code already holds it ("Gondor government newspaper" is {@code GONGOVMED}), prefix agents go
   * before the actor's code, "former" gives {@code ELI}, and agent nouns match only the forms the
   * dictionary lists.
   */
  public boolean compoundsAgents() {
    return this == PETRARCH;
  }

  /**
   * A sector noun that names no country or organisation is an actor of its own, coded {@code ---}
   * plus the sector ("students" is {@code ---EDU}), as PETRARCH codes an agent without an actor.
   */
  public boolean unattachedSectors() {
    return this == PETRARCH;
  }

  /**
   * A verb without a subject of its own ("urged Bree to help win", "abandoned efforts to stop")
   * codes nothing when a verb it depends on codes an event: PETRARCH codes the governing verb
   * phrase, words and all.
   */
  public boolean subjectlessVerbsJoinGovernor() {
    return this == PETRARCH;
  }

  /**
   * Passives as PETRARCH reads them: only a passive with a {@code by} agent swaps its roles, and the
   * agent's words stand before the verb for a pattern ("was demolished by a protestor" matches
   * {@code - PROTESTOR *}).
   */
  public boolean agentOnlyPassives() {
    return this == PETRARCH;
  }

  /**
   * PETRARCH2's verb interaction: an appeal, intent or demand that governs a verb of cooperation
   * codes the cooperation asked for ("wants to help" 030 + 070 = 033), and a negated cooperation
   * is a rejection ("will not provide support" 060 -> 121).
   */
  public boolean composesGoverningCodes() {
    return this == PETRARCH;
  }

  /**
   * Vigil's readings of a clause's roles and place: a stance participle or an agentless withdrawal
   * in the passive keeps its subject as the source ("Israel is opposed to"), a light object gives
   * way to its modifier ("mediation efforts"), an attack with no named attacker comes from the
   * place where it happened, and a place may be named through "at", "near", "inside", "outside"
   * or a place inside the place. PETRARCH has none of these.
   */
  public boolean readsClauseRoles() {
    return this == VIGIL;
  }

  /**
   * PETRARCH's source from a phrase: a subject whose own words name no actor takes the first actor
   * inside its phrase, and a clause with no source does not borrow the governing clause's.
   */
  public boolean sourceFromPhrase() {
    return this == PETRARCH;
  }

  /**
   * PETRARCH's target from a phrase: a marker names the first argument in its slot that names an
   * actor; with no target in the trigger's own arguments, the first actor further inside its
   * phrase ("welcomed a resumption of ties with Osgiliath"); a compound subject with no other
   * target acts on itself. Pronouns, the subjects of reported clauses and actors nested in the
   * trigger's arguments are never targets.
   */
  public boolean targetFromPhrase() {
    return this == PETRARCH;
  }
}
