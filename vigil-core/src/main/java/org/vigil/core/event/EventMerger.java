package org.vigil.core.event;

import java.util.Collection;
import java.util.List;

/**
 * Merges coded event mentions into events: the same event reported by several articles (or
 * several sentences) becomes one {@link MergedEvent} with many mentions. vigil-coding's
 * {@code MentionMerger} implements it; a store calls it to keep its merged events up to date.
 *
 * <p>Implementations are pure and thread-safe: the result depends on the set of mentions only, not
 * on their order; merging is idempotent; every mention lands in exactly one merged event.
 */
public interface EventMerger {

  /**
   * The block of an event: mentions of different blocks never merge, so a store that adds
   * mentions need only merge again the blocks they fall in. Never null.
   */
  String block(CodedEvent event);

  /**
   * Merges the mentions (duplicates by event id count once) into merged events, ordered by their
   * canonical mention.
   *
   * @throws IllegalArgumentException when two mentions of one event id differ
   */
  List<MergedEvent> merge(Collection<EventMention> mentions);
}
