package org.vigil.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.Locator;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Annotator;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceFinder;
import org.vigil.geo.PlaceMention;

/**
 * The system under test for {@code vigil eval}'s geoparsing records: the place finder for place
 * mentions, the gazetteer's nearest place for the country of a point, and for an event category
 * the location of the first coded event of that category placed from the text (the first whose
 * doer the text names, when there is one: an arrest by unnamed authorities comes after); where the coder
 * codes no such event (it needs a source actor), the location the locator gives the first word
 * that the verb dictionary would take as a trigger of the category (plus speech verbs for
 * statements, which the dictionary leaves out on purpose). Not thread-safe: it keeps the last
 * annotated article.
 */
public final class GazetteerGeoparser implements Geoparser {
  private static final Set<String> STOP = Set.of("a", "an", "the", "to", "or", "of", "and", "in", "with", "general");
  private static final Set<String> SPEECH = Set.of("say", "tell", "announce", "state", "speak", "add", "declare",
      "report", "express", "comment");
  private static final ActorRef NOBODY = new ActorRef("---", null, null, "", "", -1, -1, List.of(), List.of());

  private final Annotator annotator;
  private final EventCoder coder;
  private final Dictionaries dictionaries;
  private final PlaceFinder finder;
  private final Locator locator;
  private Article lastArticle;
  private AnnotatedArticle lastAnnotated;

  /** The geoparser of {@code engine}, which must place events (a gazetteer). */
  public GazetteerGeoparser(org.vigil.pipeline.VigilEngine engine) {
    this.annotator = engine.annotator();
    this.coder = engine.coder();
    this.dictionaries = engine.dictionaries();
    this.finder = engine.placeFinder().orElseThrow(() -> new IllegalArgumentException("the engine places no events"));
    this.locator = engine.locator().orElseThrow();
  }

  private AnnotatedArticle annotate(Article article) {
    if (!article.equals(lastArticle)) {
      lastAnnotated = annotator.annotate(article);
      lastArticle = article;
    }
    return lastAnnotated;
  }

  @Override
  public List<GeoPrediction> places(Article article) {
    List<GeoPrediction> out = new ArrayList<>();
    for (PlaceMention m : finder.find(annotate(article))) {
      Place p = m.place();
      if (p != null && !m.isBorder()) {
        out.add(new GeoPrediction(m.start(), m.end(), m.text(), p.name(), p.featureCode(), p.geonamesId(), p.lat(),
            p.lon(), p.country(), p.admin1()));
      }
    }
    return out;
  }

  @Override
  public String countryAt(double lat, double lon) {
    return finder.gazetteer().nearest(lat, lon).map(Place::country).orElse(null);
  }

  @Override
  public String eventLocation(Article article, String eventCategory) {
    if (eventCategory == null || eventCategory.isBlank()) {
      return "";
    }
    List<String> codes = codes(eventCategory);
    if (codes.isEmpty()) {
      return "";
    }
    AnnotatedArticle annotated = annotate(article);
    List<CodedEvent> placed = coder.code(annotated).stream().filter(e -> !e.negated() && matches(e.cameo(), codes)
        && e.location() != null && "text".equals(e.location().from())).toList();
    // an event whose doer the text names before one whose doer is implied ("were arrested" by no one named)
    for (CodedEvent e : placed) {
      if (!implied(e.source())) {
        return e.location().text();
      }
    }
    if (!placed.isEmpty()) {
      return placed.get(0).location().text();
    }
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        if (isTrigger(t, codes)) {
          Location l = locator.locate(annotated, s, t.index(), NOBODY, null);
          if (l != null) {
            return l.text();
          }
        }
      }
    }
    return "";
  }

  /** Whether the coder inferred the actor from no words naming it (unnamed authorities, an unidentified attacker). */
  private static boolean implied(ActorRef a) {
    return a.entries().contains("implied-authorities") || a.entries().contains("unidentified");
  }

  private boolean isTrigger(Token t, List<String> codes) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (codes.stream().anyMatch(c -> c.startsWith("01")) && SPEECH.contains(lemma)) {
      return true;
    }
    List<String> lemmas = new ArrayList<>(List.of(lemma));
    if (t.isNoun() && lemma.endsWith("ing") && lemma.length() > 5) {
      lemmas.add(lemma.substring(0, lemma.length() - 3)); // "fighting" -> "fight"
    }
    for (String l : lemmas) {
      for (VerbPattern p : dictionaries.verbs().forLemma(l)) {
        if (matches(p.code(), codes)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(String code, List<String> prefixes) {
    return prefixes.stream().anyMatch(code::startsWith);
  }

  /**
   * The CAMEO code prefixes a category names: codes whose description holds every content word
   * of the category ("Make statement" is 010 "Make a statement (general)"), or whose PLOVER type
   * it is; a general code stands for its whole root.
   */
  private List<String> codes(String category) {
    Set<String> words = words(category);
    Set<String> out = new LinkedHashSet<>();
    for (CameoCode c : dictionaries.cameo().all()) {
      boolean plover = c.ploverEvent() != null && c.ploverEvent().equalsIgnoreCase(category.strip());
      if (plover || !words.isEmpty() && words(c.description()).containsAll(words)) {
        boolean general = c.code().length() <= 2 || c.code().length() == 3 && c.code().endsWith("0");
        out.add(general ? c.code().substring(0, 2) : c.code());
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
