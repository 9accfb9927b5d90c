package org.vigil.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.EventMerger;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;

/**
 * A merger for the store's tests (the store does not know vigil-coding's): one event per dyad, CAMEO
 * root and day; canonical the least event id; a story's copies count once.
 */
final class SameDayMerger implements EventMerger {
  @Override
  public String block(CodedEvent e) {
    return e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.cameoRoot();
  }

  @Override
  public List<MergedEvent> merge(Collection<EventMention> mentions) {
    Map<String, List<EventMention>> groups = new TreeMap<>();
    Map<String, EventMention> byId = new TreeMap<>();
    mentions.forEach(m -> byId.put(m.event().eventId(), m));
    for (EventMention m : byId.values()) {
      groups.computeIfAbsent(block(m.event()) + "|" + m.event().date().date(), k -> new ArrayList<>()).add(m);
    }
    List<MergedEvent> merged = new ArrayList<>();
    for (List<EventMention> group : groups.values()) {
      group.sort(Comparator.comparing(m -> m.event().eventId()));
      Set<String> stories = new HashSet<>();
      Set<String> sources = new HashSet<>();
      Map<String, Map<String, Integer>> perStory = new TreeMap<>();
      List<MentionRef> refs = new ArrayList<>();
      for (EventMention m : group) {
        stories.add(m.storyId());
        sources.add(m.articleSource());
        perStory.computeIfAbsent(m.storyId(), k -> new TreeMap<>()).merge(m.event().articleId(), 1, Integer::sum);
        refs.add(MentionRef.of(m));
      }
      int mentionCount = perStory.values().stream().mapToInt(a -> a.values().stream().max(Integer::compare).orElse(0))
          .sum();
      CodedEvent canonical = group.get(0).event();
      merged.add(new MergedEvent("m-" + canonical.eventId(), canonical, canonical.date().date(),
          canonical.date().end(), mentionCount, sources.size(), stories.size(), refs));
    }
    return merged;
  }
}
