package org.vigil.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;

/**
 * Scores the coder's events on article gold (issue 11) by the rule in docs/EVALUATION.md ("Article
 * gold"): statements (CAMEO 01) are left out, duplicate predictions count once, and predictions are
 * matched one to one to gold events of the same article, greedily, best pairs first. Accumulates
 * over articles; one instance per scoring run, not thread-safe.
 */
final class ArticleScorer {
  /** ISO 3166 alpha-3 country codes. */
  private static final Set<String> ISO3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Set<String> ANNOUNCED_GOLD = Set.of("future", "promise", "conditional", "hypothetical");
  private static final Set<Modality> ANNOUNCED = Set.of(Modality.FUTURE, Modality.PROMISE, Modality.CONDITIONAL,
      Modality.HYPOTHETICAL);
  /** Gold modality -> Vigil's; "negated" and "denied" have none (Vigil drops negated events). */
  private static final Map<String, Modality> MODALITIES = Map.ofEntries(
      Map.entry("asserted", Modality.ASSERTED), Map.entry("alleged", Modality.ASSERTED),
      Map.entry("future", Modality.FUTURE), Map.entry("promise", Modality.PROMISE),
      Map.entry("promised", Modality.PROMISE), Map.entry("threat", Modality.THREAT),
      Map.entry("threatened", Modality.THREAT), Map.entry("conditional", Modality.CONDITIONAL),
      Map.entry("hypothetical", Modality.HYPOTHETICAL), Map.entry("requested", Modality.REQUESTED));

  private int articles;
  private long tp;
  private long fp;
  private long fn;
  private long sourceRight;
  private long targetRight;
  private long dateRight;
  private long placeScored;
  private long placeRight;
  private long modalityRight;
  private final Map<String, long[]> perType = new TreeMap<>();
  private final Calibration calibration;

  /** A scorer that counts each scored prediction, right when matched, into {@code calibration}. */
  ArticleScorer(Calibration calibration) {
    this.calibration = Objects.requireNonNull(calibration, "calibration");
  }

  ArticleScorer() {
    this(new Calibration());
  }

  /** One side of a pair as the rule sees it. */
  private record Side(int index, String type, String root, String sentence, String source, String target,
      boolean announced, boolean intent) {}

  /** A candidate pair and how good it is. */
  private record Pair(int gold, int predicted, int score) {}

  /** Scores one article; {@code predicted} holds the non-negated events only. */
  RecordDetail add(ArticleGold gold, List<CodedEvent> predicted, String error) {
    articles++;
    List<ArticleGold.Event> goldEvents = gold.events().stream().filter(ArticleScorer::scored).toList();
    List<CodedEvent> predictions = dedupe(predicted.stream().filter(ArticleScorer::scored).toList());
    List<Side> g = new ArrayList<>();
    for (int i = 0; i < goldEvents.size(); i++) {
      g.add(side(i, goldEvents.get(i)));
    }
    List<Side> p = new ArrayList<>();
    for (int i = 0; i < predictions.size(); i++) {
      p.add(side(i, predictions.get(i)));
    }
    int[] goldToPredicted = match(g, p);
    boolean[] predictedMatched = new boolean[p.size()];
    List<String> missed = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      ArticleGold.Event ge = goldEvents.get(i);
      long[] counts = perType.computeIfAbsent(g.get(i).type(), t -> new long[4]);
      counts[0]++;
      int j = goldToPredicted[i];
      if (j < 0) {
        fn++;
        missed.add(describe(ge));
        continue;
      }
      tp++;
      counts[2]++;
      predictedMatched[j] = true;
      CodedEvent pe = predictions.get(j);
      List<String> right = new ArrayList<>();
      if (g.get(i).source() != null && g.get(i).source().equals(p.get(j).source())) {
        sourceRight++;
        right.add("source");
      }
      if (Objects.equals(g.get(i).target(), p.get(j).target())) {
        targetRight++;
        right.add("target");
      }
      if (sameDate(ge, pe.date().date())) {
        dateRight++;
        right.add("date");
      }
      if (ge.place() != null && ge.place().country() != null) {
        placeScored++;
        if (samePlace(ge.place(), pe.location())) {
          placeRight++;
          right.add("place");
        }
      }
      if (sameModality(ge, g.get(i).type(), pe)) {
        modalityRight++;
        right.add("modality");
      }
      matched.add(describe(ge) + "  ~  " + describe(pe) + "  right: " + (right.isEmpty() ? "-" : String.join(" ", right)));
    }
    List<String> extras = new ArrayList<>();
    for (int j = 0; j < p.size(); j++) {
      long[] counts = perType.computeIfAbsent(p.get(j).type(), t -> new long[4]);
      counts[1]++;
      calibration.add(predictions.get(j).confidence(), predictedMatched[j]);
      if (predictedMatched[j]) {
        counts[3]++;
      } else {
        fp++;
        extras.add(describe(predictions.get(j)));
      }
    }
    return new RecordDetail(gold.id(), "article", missed, extras, matched, error);
  }

  /**
   * For each of {@code predicted} (non-negated events of {@code gold}'s article), the index in
   * {@code gold.events()} of the gold event it is matched to by the rule of {@link #add}, or -1
   * when it is not scored (a statement), is a duplicate of an earlier prediction, or is unmatched.
   */
  static int[] matchPredictions(ArticleGold gold, List<CodedEvent> predicted) {
    List<Integer> goldIndex = new ArrayList<>();
    List<Side> g = new ArrayList<>();
    for (int i = 0; i < gold.events().size(); i++) {
      if (scored(gold.events().get(i))) {
        g.add(side(g.size(), gold.events().get(i)));
        goldIndex.add(i);
      }
    }
    List<CodedEvent> predictions = dedupe(predicted.stream().filter(ArticleScorer::scored).toList());
    List<Side> p = new ArrayList<>();
    for (int i = 0; i < predictions.size(); i++) {
      p.add(side(i, predictions.get(i)));
    }
    int[] goldToPredicted = match(g, p);
    java.util.IdentityHashMap<CodedEvent, Integer> matchedGold = new java.util.IdentityHashMap<>();
    for (int i = 0; i < goldToPredicted.length; i++) {
      if (goldToPredicted[i] >= 0) {
        matchedGold.put(predictions.get(goldToPredicted[i]), goldIndex.get(i));
      }
    }
    int[] out = new int[predicted.size()];
    for (int j = 0; j < predicted.size(); j++) {
      out[j] = matchedGold.getOrDefault(predicted.get(j), -1);
    }
    return out;
  }

  /** The scores, or null when no article gold was scored. */
  ArticleScore score() {
    if (articles == 0) {
      return null;
    }
    Map<String, ArticleScore.TypeCounts> types = new LinkedHashMap<>();
    perType.forEach((type, c) -> types.put(type, new ArticleScore.TypeCounts(c[0], c[1], c[2], c[3])));
    return new ArticleScore(articles, new Score(tp, fp, fn), Ratio.ofOrNull(sourceRight, tp),
        Ratio.ofOrNull(targetRight, tp), Ratio.ofOrNull(dateRight, tp), Ratio.ofOrNull(placeRight, placeScored),
        Ratio.ofOrNull(modalityRight, tp), new TreeMap<>(types));
  }

  /**
   * For each gold event, the index of its prediction, or -1: candidate pairs (compatible types, and
   * the same sentence or the same source and target countries) are taken best first, each event
   * once. A pair's score weighs, in this order, the same sentence (8), the same source country (4),
   * the same target country (2) and the same CAMEO root (1); ties go to the earlier gold event, then
   * the earlier prediction.
   */
  static int[] match(List<Side> gold, List<Side> predicted) {
    List<Pair> pairs = new ArrayList<>();
    for (Side g : gold) {
      for (Side p : predicted) {
        if (!compatible(g, p)) {
          continue;
        }
        boolean sentence = !g.sentence().isEmpty() && g.sentence().equals(p.sentence());
        boolean source = g.source() != null && g.source().equals(p.source());
        boolean target = Objects.equals(g.target(), p.target());
        boolean actors = source && (target || g.target() == null || p.target() == null);
        if (sentence || actors) {
          int score = (sentence ? 8 : 0) + (source ? 4 : 0) + (target ? 2 : 0)
              + (!g.root().isEmpty() && g.root().equals(p.root()) ? 1 : 0);
          pairs.add(new Pair(g.index(), p.index(), score));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::score).reversed().thenComparingInt(Pair::gold)
        .thenComparingInt(Pair::predicted));
    int[] goldToPredicted = new int[gold.size()];
    java.util.Arrays.fill(goldToPredicted, -1);
    boolean[] used = new boolean[predicted.size()];
    for (Pair pair : pairs) {
      if (goldToPredicted[pair.gold()] < 0 && !used[pair.predicted()]) {
        goldToPredicted[pair.gold()] = pair.predicted();
        used[pair.predicted()] = true;
      }
    }
    return goldToPredicted;
  }

  /**
   * Whether the types are compatible: equal, or one side announces an event (future, promise,
   * conditional, hypothetical) under its own type and the other codes intent (AGREE, CAMEO 03).
   */
  static boolean compatible(Side g, Side p) {
    return g.type().equals(p.type()) || (g.announced() && p.intent()) || (p.announced() && g.intent());
  }

  /**
   * Gold events with a PLOVER type are scored, whatever their CAMEO root: the rule leaves out
   * events without one (the CAMEO 01 statements), and the coders' guide gives denials of an
   * accusation CAMEO 016 with the type REJECT (until round 12 every 01x was left out, denials too).
   */
  static boolean scored(ArticleGold.Event e) {
    return hasType(e.plover());
  }

  /** Predictions with a PLOVER type (not Vigil's STATEMENT) are scored. */
  static boolean scored(CodedEvent e) {
    return hasType(PloverTypes.normalise(e.plover().event()));
  }

  private static boolean hasType(String type) {
    return type != null && !type.isBlank() && !type.equals("STATEMENT");
  }

  /** The predictions with the first of each (type, source country, target country, date) only. */
  static List<CodedEvent> dedupe(List<CodedEvent> events) {
    Set<List<Object>> seen = new HashSet<>();
    List<CodedEvent> out = new ArrayList<>();
    for (CodedEvent e : events) {
      List<Object> key = java.util.Arrays.asList(PloverTypes.normalise(e.plover().event()), country(e.source()),
          country(e.target()), e.date().date());
      if (seen.add(key)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Side side(int index, ArticleGold.Event e) {
    String root = root(e.cameo());
    return new Side(index, e.plover(), root, sentenceKey(e.sentence()), country(e.source()), country(e.target()),
        ANNOUNCED_GOLD.contains(e.modality()), "AGREE".equals(e.plover()) && root.equals("03"));
  }

  private static Side side(int index, CodedEvent e) {
    String root = e.cameoRoot() == null ? "" : e.cameoRoot();
    return new Side(index, PloverTypes.normalise(e.plover().event()), root, sentenceKey(e.evidence().sentence()),
        country(e.source()), country(e.target()), ANNOUNCED.contains(e.modality()), root.equals("03"));
  }

  private static String root(String cameo) {
    return cameo == null || cameo.length() < 2 ? "" : cameo.substring(0, 2);
  }

  /** A gold actor's country: "IGO" for IGOs, its {@code country}, the ISO-3 start of its code, or its code. */
  static String country(ArticleGold.Actor a) {
    return a == null ? null : country(a.code(), a.country());
  }

  /** A predicted actor's country, as for gold actors. */
  static String country(ActorRef a) {
    return a == null ? null : country(a.code(), a.country());
  }

  static String country(String code, String country) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (c.startsWith("IGO")) {
      return "IGO";
    }
    if (country != null && !country.isBlank()) {
      String k = country.strip().toUpperCase(Locale.ROOT);
      return k.startsWith("IGO") ? "IGO" : k;
    }
    if (c.isEmpty()) {
      return null;
    }
    return c.length() >= 3 && ISO3.contains(c.substring(0, 3)) ? c.substring(0, 3) : c;
  }

  /** A sentence with runs of white space made one space, curly and other quotes made straight, trimmed. */
  static String sentenceKey(String sentence) {
    if (sentence == null) {
      return "";
    }
    return sentence.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u0060\\u00B4]", "'")
        .replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]|''|``", "\"")
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }

  /**
   * Whether the predicted date is the gold date: the same day for gold days (and article dates);
   * for coarser gold dates, a day of the same week (Monday to Sunday), month, year, decade or
   * century.
   */
  static boolean sameDate(ArticleGold.Event gold, LocalDate predicted) {
    LocalDate g = gold.eventDate();
    return switch (gold.granularity()) {
      case "week" -> g.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
          .equals(predicted.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      case "month" -> g.getYear() == predicted.getYear() && g.getMonth() == predicted.getMonth();
      case "year" -> g.getYear() == predicted.getYear();
      case "decade" -> g.getYear() / 10 == predicted.getYear() / 10;
      case "century" -> g.getYear() / 100 == predicted.getYear() / 100;
      default -> g.equals(predicted);
    };
  }

  /**
   * Whether the predicted location is the gold place: in the gold country and, where the gold names
   * a first-level region, in a region of that name ({@link EventReportScorer#sameRegion}). A
   * location placed by an actor ({@code from: actor}) is no place.
   */
  static boolean samePlace(ArticleGold.Place gold, Location predicted) {
    if (predicted == null || "actor".equalsIgnoreCase(predicted.from()) || predicted.country() == null
        || !predicted.country().equalsIgnoreCase(gold.country())) {
      return false;
    }
    return gold.admin1() == null || gold.admin1().isBlank() || EventReportScorer.sameRegion(gold.admin1(), predicted.admin1());
  }

  /**
   * Whether the predicted modality is the gold one, mapped to Vigil's {@link Modality}. The coders
   * code threats and appeals as THREATEN and REQUEST events with modality {@code asserted}, where
   * Vigil marks them {@link Modality#THREAT} and {@link Modality#REQUESTED}: those count as asserted.
   */
  static boolean sameModality(ArticleGold.Event gold, String goldType, CodedEvent predicted) {
    Modality expected = MODALITIES.get(gold.modality());
    if (expected == null) {
      return false;
    }
    Modality m = predicted.modality();
    if (m == expected) {
      return true;
    }
    return expected == Modality.ASSERTED
        && ((m == Modality.THREAT && "THREATEN".equals(goldType)) || (m == Modality.REQUESTED && "REQUEST".equals(goldType)));
  }

  private static String describe(ArticleGold.Event e) {
    return e.plover() + " " + (e.cameo() == null ? "-" : e.cameo()) + " " + actor(e.source()) + " -> " + actor(e.target())
        + " " + e.eventDate() + "/" + e.granularity() + (e.modality().equals("asserted") ? "" : " " + e.modality())
        + (e.place() == null ? "" : " @" + e.place().name() + "/" + e.place().country()
            + (e.place().admin1() == null ? "" : "/" + e.place().admin1()))
        + " \"" + e.sentence() + "\"";
  }

  private static String describe(CodedEvent e) {
    return PloverTypes.normalise(e.plover().event()) + " " + e.cameo() + " " + actor(e.source()) + " -> "
        + actor(e.target()) + " " + e.date().date() + "/" + e.date().granularity().label()
        + (e.modality() == Modality.ASSERTED ? "" : " " + e.modality().label())
        + String.format(Locale.ROOT, " conf %.2f", e.confidence())
        + (e.evidence().pattern().isEmpty() ? "" : " pattern " + e.evidence().pattern())
        + (e.location() == null ? "" : " @" + e.location().name() + "/" + e.location().country()
            + (e.location().admin1() == null ? "" : "/" + e.location().admin1()) + " (" + e.location().from() + ")")
        + " \"" + e.evidence().sentence() + "\"";
  }

  private static String actor(ArticleGold.Actor a) {
    return a == null ? "-" : (a.code() == null ? "?" : a.code()) + (a.text() == null ? "" : " (" + a.text() + ")");
  }

  private static String actor(ActorRef a) {
    return a == null ? "-" : a.code() + (a.text().isEmpty() ? "" : " (" + a.text() + ")");
  }
}
