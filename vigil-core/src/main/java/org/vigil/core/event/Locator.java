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
}
