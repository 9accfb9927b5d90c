package org.vigil.coding.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.EventMerger;
import org.vigil.core.event.EventMerger.BlockWindow;
import org.vigil.core.event.EventMerger.StoredMention;
import org.vigil.core.event.EventMerger.WindowMerge;
import org.vigil.core.event.Location;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;

/**
 * Merges event mentions into events (issue 13). Two mentions can be one event only in one
 * {@linkplain #block block}: the same source and target codes (the dyad), PLOVER type, CAMEO root,
 * and both denied or both not (a denial does not report the event). Within a block the mentions
 * are taken in a fixed order (date, last day, article, sentence, trigger, event id); each joins the
 * first merged event whose canonical mention it is compatible with, else it starts one and is its
 * canonical mention. Compatible: the date ranges at most {@link MergeConfig#dayWindow()} days
 * apart, and the places compatible — one unknown, or both known only to their country (or from the
 * actors) and the same country, or both points within {@link MergeConfig#maxKm()} km.
 * Comparing with the canonical mention, not with any member, keeps a daily series of protests from
 * chaining into one event that lasts a month.
 *
 * <p>So the result depends only on the set of mentions: not on their order of arrival, and merging
 * again what was merged gives the same. The merged id is the first 12 bytes (hex) of the SHA-256 of
 * {@code "merged"} and the canonical mention's event id. Counts: {@code numArticles} the distinct
 * stories, {@code numMentions} per story the most mentions one of its articles has, summed (a wire
 * copy repeats its original's mentions and adds none), {@code numSources} the distinct source
 * names. Stateless and thread-safe.
 */
public final class MentionMerger implements EventMerger {

  private static final Comparator<EventMention> ORDER = Comparator
      .<EventMention, LocalDate>comparing(m -> m.event().date().date())
      .thenComparing(m -> m.event().date().end())
      .thenComparing(m -> m.event().articleId())
      .thenComparingInt(m -> m.event().evidence().sentenceIndex())
      .thenComparingInt(m -> m.event().evidence().trigger()[0])
      .thenComparing(m -> m.event().eventId());

  private final MergeConfig config;

  public MentionMerger(MergeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public MergeConfig config() {
    return config;
  }

  @Override
  public String block(CodedEvent e) {
    return e.source().code() + '|' + (e.target() == null ? "" : e.target().code()) + '|' + e.plover().event() + '|'
        + e.cameoRoot() + '|' + (e.negated() ? "denied" : "stated");
  }

  @Override
  public List<MergedEvent> merge(Collection<EventMention> mentions) {
    Objects.requireNonNull(mentions, "mentions");
    Map<String, EventMention> byId = new HashMap<>();
    for (EventMention m : mentions) {
      EventMention earlier = byId.putIfAbsent(m.event().eventId(), m);
      if (earlier != null && !earlier.equals(m)) {
        throw new IllegalArgumentException("two different mentions have event id " + m.event().eventId());
      }
    }
    Map<String, List<EventMention>> blocks = new TreeMap<>();
    for (EventMention m : byId.values()) {
      blocks.computeIfAbsent(block(m.event()), k -> new ArrayList<>()).add(m);
    }
    List<List<EventMention>> groups = new ArrayList<>();
    for (List<EventMention> block : blocks.values()) {
      block.sort(ORDER);
      List<List<EventMention>> inBlock = new ArrayList<>();
      // the groups a later mention may still join, in order of creation: mentions come by date,
      // so a group whose canonical mention ends more than the window before this mention's date
      // is out of reach of every later one too (issue 13: a block of ten years was quadratic)
      java.util.LinkedList<List<EventMention>> open = new java.util.LinkedList<>();
      for (EventMention m : block) {
        List<EventMention> joined = null;
        for (java.util.Iterator<List<EventMention>> it = open.iterator(); it.hasNext(); ) {
          List<EventMention> group = it.next();
          CodedEvent c = group.get(0).event();
          if (ChronoUnit.DAYS.between(c.date().end(), m.event().date().date()) > config.dayWindow()) {
            it.remove();
          } else if (compatible(c, m.event())) {
            joined = group;
            break;
          }
        }
        if (joined == null) {
          joined = new ArrayList<>();
          inBlock.add(joined);
          open.add(joined);
        }
        joined.add(m);
      }
      groups.addAll(inBlock);
    }
    groups.sort(Comparator.comparing(g -> g.get(0), ORDER));
    List<MergedEvent> merged = new ArrayList<>(groups.size());
    for (List<EventMention> group : groups) {
      merged.add(merged(group));
    }
    return merged;
  }

  @Override
  public int reach() {
    return config.dayWindow();
  }

  /**
   * Merging by windows (issue 13, round 3). The greedy pass of {@link #merge} is online: a
   * mention's merged event depends only on the canonical mentions before it in the order, and
   * only on those whose date range ends at most the day window before its date. So the mentions
   * dated before the window's cut keep their merged events; from the cut on the pass runs again,
   * starting from the stored canonical mentions within reach of the cut, over the stored and added
   * mentions in order, and stops before the first stored mention {@code q} after the last added
   * one at which every mention within reach of {@code q} (ending at most the window before its
   * date) is canonical in the new pass exactly when it was in the stored merge: from {@code q} on
   * the pass sees the same canonical mentions in the same order and assigns every mention as
   * before; past the window's last mention, the same holds for the day after the window's end. A
   * new canonical mention can so change the merged events long after the added ones (a chain of
   * mentions each joining the one before); the window then is too short, and empty is returned for
   * a longer one.
   */
  @Override
  public java.util.Optional<WindowMerge> mergeWindow(BlockWindow window) {
    Objects.requireNonNull(window, "window");
    int days = config.dayWindow();
    LocalDate cut = window.cut();
    Map<String, StoredMention> stored = new HashMap<>();
    for (StoredMention m : window.stored()) {
      stored.put(m.mention().event().eventId(), m);
    }
    // the stored canonical mentions before the cut (the store gives those within reach)
    List<EventMention> priorCanonicals = new ArrayList<>();
    // the pass: stored mentions from the cut to the window's end, and the added ones
    List<EventMention> pass = new ArrayList<>();
    for (StoredMention m : stored.values()) {
      CodedEvent e = m.mention().event();
      if (e.date().date().isBefore(cut)) {
        if (m.canonicalEventId().equals(e.eventId())) {
          priorCanonicals.add(m.mention());
        }
      } else if (!e.date().date().isAfter(window.until())) {
        pass.add(m.mention());
      }
    }
    Set<String> added = new HashSet<>();
    for (EventMention m : window.added()) {
      if (stored.containsKey(m.event().eventId())) {
        throw new IllegalArgumentException("added mention " + m.event().eventId() + " is stored already");
      }
      if (added.add(m.event().eventId())) {
        pass.add(m);
      }
    }
    priorCanonicals.sort(ORDER);
    pass.sort(ORDER);
    EventMention lastAdded = window.added().stream().max(ORDER).orElseThrow();
    // groups by canonical event id, in order of creation; open: those a later mention may join
    Map<String, List<EventMention>> groups = new LinkedHashMap<>();
    java.util.LinkedList<List<EventMention>> open = new java.util.LinkedList<>();
    for (EventMention c : priorCanonicals) {
      List<EventMention> g = new ArrayList<>();
      g.add(c);
      groups.put(c.event().eventId(), g);
      open.add(g);
    }
    // mentions whose canonical standing differs from the stored merge's
    List<CodedEvent> changed = new ArrayList<>();
    Set<String> passed = new HashSet<>();
    boolean converged = false;
    for (EventMention m : pass) {
      CodedEvent e = m.event();
      if (ORDER.compare(m, lastAdded) > 0 && !added.contains(e.eventId())) {
        changed.removeIf(x -> ChronoUnit.DAYS.between(x.date().end(), e.date().date()) > days);
        if (changed.isEmpty()) {
          converged = true;
          break;
        }
      }
      List<EventMention> joined = null;
      for (java.util.Iterator<List<EventMention>> it = open.iterator(); it.hasNext(); ) {
        List<EventMention> group = it.next();
        CodedEvent c = group.get(0).event();
        if (ChronoUnit.DAYS.between(c.date().end(), e.date().date()) > days) {
          it.remove();
        } else if (compatible(c, e)) {
          joined = group;
          break;
        }
      }
      boolean canonical = joined == null;
      if (canonical) {
        joined = new ArrayList<>();
        groups.put(e.eventId(), joined);
        open.add(joined);
      }
      joined.add(m);
      passed.add(e.eventId());
      StoredMention was = stored.get(e.eventId());
      boolean wasCanonical = was != null && was.canonicalEventId().equals(e.eventId());
      if (canonical != wasCanonical) {
        changed.add(e);
      }
    }
    if (!converged) {
      // past the window's end: a stored mention after it is dated the day after or later
      LocalDate next = window.until().plusDays(1);
      changed.removeIf(x -> ChronoUnit.DAYS.between(x.date().end(), next) > days);
      if (!changed.isEmpty() && !window.complete()) {
        return java.util.Optional.empty();
      }
    }
    // the stored merged events of the mentions passed, and of the canonical mentions before the
    // cut, are replaced; a new group takes its stored members outside the pass (before the cut,
    // or from the stop on: those keep their canonical mention)
    Set<String> prior = new HashSet<>();
    priorCanonicals.forEach(c -> prior.add(c.event().eventId()));
    Set<String> replaced = new HashSet<>();
    for (StoredMention m : stored.values()) {
      if (passed.contains(m.mention().event().eventId()) || prior.contains(m.canonicalEventId())) {
        replaced.add(m.mergedId());
      }
    }
    for (StoredMention m : stored.values()) {
      String id = m.mention().event().eventId();
      if (!passed.contains(id) && !id.equals(m.canonicalEventId()) && replaced.contains(m.mergedId())) {
        List<EventMention> group = groups.get(m.canonicalEventId());
        if (group == null) {
          throw new IllegalStateException("stored mention " + id + " belongs to " + m.canonicalEventId()
              + ", which the pass did not keep canonical");
        }
        group.add(m.mention());
      }
    }
    List<List<EventMention>> ordered = new ArrayList<>(groups.values());
    ordered.forEach(g -> g.sort(ORDER));
    ordered.sort(Comparator.comparing(g -> g.get(0), ORDER));
    List<MergedEvent> merged = new ArrayList<>(ordered.size());
    for (List<EventMention> group : ordered) {
      merged.add(merged(group));
    }
    return java.util.Optional.of(new WindowMerge(merged, replaced));
  }

  private static MergedEvent merged(List<EventMention> group) {
    CodedEvent canonical = group.get(0).event();
    LocalDate first = canonical.date().date();
    LocalDate last = canonical.date().end();
    Map<String, Map<String, Integer>> perStoryArticle = new LinkedHashMap<>();
    Set<String> sources = new HashSet<>();
    List<MentionRef> refs = new ArrayList<>(group.size());
    for (EventMention m : group) {
      CodedEvent e = m.event();
      first = e.date().date().isBefore(first) ? e.date().date() : first;
      last = e.date().end().isAfter(last) ? e.date().end() : last;
      perStoryArticle.computeIfAbsent(m.storyId(), k -> new HashMap<>()).merge(e.articleId(), 1, Integer::sum);
      sources.add(m.articleSource());
      refs.add(MentionRef.of(m));
    }
    int mentions = 0;
    for (Map<String, Integer> articles : perStoryArticle.values()) {
      mentions += articles.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return new MergedEvent(mergedId(canonical.eventId()), canonical, first, last, mentions, sources.size(),
        perStoryArticle.size(), refs);
  }

  /** Whether {@code m} reports the same event as the canonical mention {@code c} (same block assumed). */
  boolean compatible(CodedEvent c, CodedEvent m) {
    long gap = Math.max(ChronoUnit.DAYS.between(c.date().end(), m.date().date()),
        ChronoUnit.DAYS.between(m.date().end(), c.date().date()));
    return gap <= config.dayWindow() && placesCompatible(c.location(), m.location());
  }

  private boolean placesCompatible(Location a, Location b) {
    if (a == null || b == null) {
      return true;
    }
    if (isPoint(a) && isPoint(b)) {
      return kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= config.maxKm();
    }
    return a.country() == null || b.country() == null || a.country().equals(b.country());
  }

  /** A place known to a point: from the text, with coordinates, and below a country. */
  private static boolean isPoint(Location l) {
    return l.lat() != null && l.lon() != null && "text".equals(l.from())
        && !"country".equals(l.feature() == null ? "" : l.feature().toLowerCase(Locale.ROOT));
  }

  /** Great-circle distance (haversine, mean Earth radius 6371 km). */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  static String mergedId(String canonicalEventId) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("merged".getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(canonicalEventId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
