package org.vigil.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.vigil.coding.EventCandidates;
import org.vigil.coding.EventCandidates.Reason;

/**
 * {@code vigil bench --triage-report} (issue 11, round 5): of the sentences the triage sends to
 * the parse, how many end in an event, by the reasons the triage let them through. Counts only:
 * the same corpus and dictionaries give the same report on any machine, whatever its load. Not
 * thread-safe: add from one thread.
 */
final class TriageReport {
  /** One sentence as the triage read it: its reasons, whether it was parsed and its events. */
  record Line(String article, int sentence, EventCandidates.Explanation explanation, boolean parsed, int events,
      String text) {
    Line {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(explanation, "explanation");
      Objects.requireNonNull(text, "text");
      if (sentence < 0 || events < 0) {
        throw new IllegalArgumentException("line of article " + article + ": sentence " + sentence + " and events "
            + events + " must be >= 0");
      }
    }

    /** The trigger reasons, joined with "+" in their order ("PATTERN+OBLIGATION"), or "-". */
    String triggers() {
      return label(true);
    }

    /** The actor reasons, joined with "+", or "-". */
    String actors() {
      return label(false);
    }

    private String label(boolean trigger) {
      String s = explanation.reasons().stream().filter(r -> r.trigger() == trigger).map(Reason::name)
          .collect(Collectors.joining("+"));
      return s.isEmpty() ? "-" : s;
    }
  }

  /** Parsed sentences and those of them with an event. */
  record Yield(int parsed, int withEvent) {
    Yield add(boolean event) {
      return new Yield(parsed + 1, withEvent + (event ? 1 : 0));
    }

    int without() {
      return parsed - withEvent;
    }
  }

  private int articles;
  private int sentences;
  private int parsed;
  private int asked;
  /** Sentences the triage asks to parse and are not, or the other way round (NER-dependent fuzzy names). */
  private int mismatched;
  private int withEvent;
  private final Map<Reason, Yield> byReason = new EnumMap<>(Reason.class);
  private final Map<Reason, Yield> byOnlyTrigger = new EnumMap<>(Reason.class);
  private final Map<String, Yield> byCombination = new TreeMap<>();
  private final Map<String, Yield> byPatternWord = new TreeMap<>();

  /** Adds one article's lines. */
  void add(List<Line> lines) {
    articles++;
    for (Line l : lines) {
      sentences++;
      boolean asks = l.explanation().needs().parse();
      asked += asks ? 1 : 0;
      mismatched += asks != l.parsed() ? 1 : 0;
      if (!l.parsed()) {
        continue;
      }
      parsed++;
      boolean event = l.events() > 0;
      withEvent += event ? 1 : 0;
      Set<Reason> reasons = l.explanation().reasons();
      for (Reason r : reasons) {
        byReason.merge(r, new Yield(1, event ? 1 : 0), TriageReport::sum);
      }
      List<Reason> triggers = reasons.stream().filter(Reason::trigger).toList();
      if (triggers.size() == 1) {
        byOnlyTrigger.merge(triggers.get(0), new Yield(1, event ? 1 : 0), TriageReport::sum);
      }
      byCombination.merge(l.triggers() + " / " + l.actors(), new Yield(1, event ? 1 : 0), TriageReport::sum);
      for (String w : l.explanation().patternWords().stream().distinct().toList()) {
        byPatternWord.merge(w, new Yield(1, event ? 1 : 0), TriageReport::sum);
      }
    }
  }

  private static Yield sum(Yield a, Yield b) {
    return new Yield(a.parsed() + b.parsed(), a.withEvent() + b.withEvent());
  }

  /** The report as a table: totals, then by reason, by lone trigger reason, by combination and the worst pattern words. */
  String toText(int patternWords) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "triage: %d articles, %d sentences, %d parsed (the triage asks %d; %d differ), %d parsed with an event, %d without%n",
        articles, sentences, parsed, asked, mismatched, withEvent, parsed - withEvent));
    table(out, "reason (parsed sentences having it)", byReason);
    table(out, "lone trigger reason", byOnlyTrigger);
    table(out, "trigger reasons / actor reasons", byCombination);
    Map<String, Yield> worst = new LinkedHashMap<>();
    byPatternWord.entrySet().stream()
        .sorted((a, b) -> a.getValue().without() != b.getValue().without()
            ? Integer.compare(b.getValue().without(), a.getValue().without()) : a.getKey().compareTo(b.getKey()))
        .limit(patternWords)
        .forEach(e -> worst.put(e.getKey(), e.getValue()));
    table(out, "pattern word:code, most parsed sentences without an event first", worst);
    return out.toString();
  }

  /** The totals and the tables by reason and by lone trigger reason as one JSON object. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles", articles);
    json.put("sentences", sentences);
    json.put("parsed", parsed);
    json.put("asked", asked);
    json.put("mismatched", mismatched);
    json.put("parsedWithEvent", withEvent);
    json.put("byReason", yields(byReason));
    json.put("byLoneTrigger", yields(byOnlyTrigger));
    json.put("byCombination", yields(byCombination));
    return json;
  }

  private static Map<String, Object> yields(Map<?, Yield> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.toString(), Map.of("parsed", v.parsed(), "withEvent", v.withEvent())));
    return out;
  }

  private static void table(StringBuilder out, String title, Map<?, Yield> rows) {
    out.append(String.format(Locale.ROOT, "%n%-60s %7s %7s %7s%n", title, "parsed", "event", "none"));
    List<Map.Entry<?, Yield>> entries = new ArrayList<>(rows.entrySet());
    for (Map.Entry<?, Yield> e : entries) {
      out.append(String.format(Locale.ROOT, "%-60s %7d %7d %7d%n", e.getKey(), e.getValue().parsed(),
          e.getValue().withEvent(), e.getValue().without()));
    }
  }
}
