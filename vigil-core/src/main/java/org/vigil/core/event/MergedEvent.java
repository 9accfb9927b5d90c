package org.vigil.core.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event reported by one or more articles: the mentions an {@link EventMerger} found to be the
 * same event, and counts as GDELT keeps them, with copies inside one story counted once. Immutable.
 *
 * @param id stable id, 24 hex digits, derived from the canonical mention's event id
 * @param canonical the canonical mention (the first in the merger's order): its actors, codes,
 *     date and place stand for the merged event
 * @param first first day of any mention
 * @param last last day of any mention
 * @param numMentions mentions, a story's copies counted once (per story, the most mentions any of
 *     its articles has)
 * @param numSources distinct source names of the mentioning articles (an empty name is one source)
 * @param numArticles distinct stories mentioning it (copies of one story are one article)
 * @param mentions every mention, copies included, in the merger's order; may be empty when read
 *     without them (a list of merged events), never when merged
 */
public record MergedEvent(String id, CodedEvent canonical, LocalDate first, LocalDate last, int numMentions,
    int numSources, int numArticles, List<MentionRef> mentions) {

  public MergedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("merged event " + id + " ends (" + last + ") before it starts (" + first + ")");
    }
    if (numMentions < 1 || numSources < 1 || numArticles < 1) {
      throw new IllegalArgumentException("merged event " + id + " must count at least one mention, source and article,"
          + " was " + numMentions + ", " + numSources + ", " + numArticles);
    }
    if (numArticles > numMentions) {
      throw new IllegalArgumentException("merged event " + id + " has more articles (" + numArticles
          + ") than mentions (" + numMentions + ")");
    }
    mentions = List.copyOf(mentions);
  }

  /** The same merged event without its mentions. */
  public MergedEvent withoutMentions() {
    return new MergedEvent(id, canonical, first, last, numMentions, numSources, numArticles, List.of());
  }
}
