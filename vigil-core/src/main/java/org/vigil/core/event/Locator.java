package org.vigil.core.event;

import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Location;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;

/**
 * Places an event: from a place attached to its clause (in, at, near, across, into, the border
 * with ...), else the nearest place mention of the sentence, else the target's or source's country.
 * Implementations are thread-safe.
 */
public interface Locator {

  /**
   * The location of the event triggered at token {@code trigger} of {@code sentence}, or null when
   * nothing places it.
   *
   * @param article the whole article, for context (its countries, earlier place mentions)
   * @param sentence the event's sentence, with its dependency graph
   * @param trigger 0-based token index of the trigger in the sentence
   * @param source the event's source actor, never null
   * @param target the event's target actor, or null
   */
  Location locate(AnnotatedArticle article, Sentence sentence, int trigger, ActorRef source, ActorRef target);

  /**
   * The place the article's context gives an event whose own clause names none: the scene of the
   * story set by an earlier locative phrase ("gathered Thursday in Charlevoix, Quebec"), carried to
   * the events reported after it (issue 11). The location's {@code from} is {@code "context"}, so an
   * analyst can tell an inherited place from the clause's own. Null when the context gives none;
   * the default gives none.
   *
   * @param article the whole article
   * @param sentence the event's sentence
   * @param trigger 0-based token index of the trigger in the sentence
   */
  default Location context(AnnotatedArticle article, Sentence sentence, int trigger) {
    return context(article, sentence, trigger, true);
  }

  /**
   * As {@link #context(AnnotatedArticle, Sentence, int)}, leaving out the event's own sentence
   * when {@code ownSentence} is false (its places belong to other predicates of the sentence, the
   * clause having named none: "the clashes ... were discussed in Geneva").
   */
  default Location context(AnnotatedArticle article, Sentence sentence, int trigger, boolean ownSentence) {
    return null;
  }

  /**
   * The capital of the country {@code iso3}, as a location whose {@code from} is {@code "context"}
   * and whose text is {@code text}: where a visit to a country whose clause names no town went
   * (issue 11, round 9). Null when the country or its capital is unknown; the default gives none.
   */
  default Location capital(String iso3, String text) {
    return null;
  }
}
