package org.vigil.core.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Merges mentions added to one block when only a window of the block's stored mentions is read
   * (issue 13, the API at scale: a dyad's type over ten years is thousands of mentions, and an
   * article added thousands of rows read back). Returns what {@link #merge} of the whole block
   * with the added mentions would write differently from what is stored, exactly: the merged
   * events to write and the stored ones they replace. Empty when the window is too short to say
   * so (the caller reads a longer one, up to the whole block) or when this merger cannot merge by
   * windows (the default: the caller merges the whole block again).
   */
  default Optional<WindowMerge> mergeWindow(BlockWindow window) {
    return Optional.empty();
  }

  /**
   * How many days before the first added mention a window must reach back for merged events
   * whose canonical mention ends there ({@link BlockWindow}); -1 (the default) when this merger
   * does not merge by windows.
   */
  default int reach() {
    return -1;
  }

  /**
   * A stored mention of a block and the stored merged event it belongs to.
   *
   * @param mergedId the id of its merged event
   * @param canonicalEventId the event id of that merged event's canonical mention
   */
  record StoredMention(EventMention mention, String mergedId, String canonicalEventId) {
    public StoredMention {
      Objects.requireNonNull(mention, "mention");
      Objects.requireNonNull(mergedId, "mergedId");
      Objects.requireNonNull(canonicalEventId, "canonicalEventId");
    }
  }

  /**
   * A window of one block's stored mentions and the mentions added to it, all dated within it
   * (from {@code cut} to {@code until}). {@code stored} holds
   * every stored mention of the block dated from {@code cut} (the first added mention's date) to
   * {@code until}, every other member of their merged events, and every member of the stored
   * merged events whose canonical mention is dated before {@code cut} and ends on or after
   * {@code cut} minus {@link #reach()} days. {@code complete}: the block has no stored mention
   * dated after {@code until}.
   */
  record BlockWindow(LocalDate cut, LocalDate until, boolean complete, List<StoredMention> stored,
      List<EventMention> added) {
    public BlockWindow {
      Objects.requireNonNull(cut, "cut");
      Objects.requireNonNull(until, "until");
      if (until.isBefore(cut)) {
        throw new IllegalArgumentException("a block window ends (" + until + ") before its cut (" + cut + ")");
      }
      stored = List.copyOf(stored);
      added = List.copyOf(added);
      if (added.isEmpty()) {
        throw new IllegalArgumentException("a block window needs an added mention");
      }
      for (EventMention m : added) {
        LocalDate day = m.event().date().date();
        if (day.isBefore(cut) || day.isAfter(until)) {
          throw new IllegalArgumentException("added mention " + m.event().eventId() + " is dated " + day
              + ", outside its window " + cut + ".." + until);
        }
      }
    }
  }

  /**
   * What merging a {@link BlockWindow} changes: the merged events to write and the ids of the
   * stored merged events they replace (to delete first; an id can be in both).
   */
  record WindowMerge(List<MergedEvent> merged, Set<String> replaced) {
    public WindowMerge {
      merged = List.copyOf(merged);
      replaced = Set.copyOf(replaced);
    }
  }
}
