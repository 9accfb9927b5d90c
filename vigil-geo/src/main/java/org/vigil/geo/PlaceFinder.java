package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * Finds the places an annotated article names and resolves each in the article's context.
 *
 * <p>Mentions are runs of tokens the NER tagged as a location, and capitalised names the
 * gazetteer knows that name a country or region, follow a locative preposition or an admin word,
 * or name a large place ({@link GeoConfig#untaggedMinPopulation()}); border phrases ("the border
 * with Afghanistan", "the Afghan-Tajik border") become border regions. A name resolves among its
 * gazetteer entries by size and rank, the countries and regions the article names (including
 * demonyms such as "Tajik" and US state abbreviations such as "Miss."), the admin word next to it
 * ("Nahrin district", "Homs Governorate") and the container written after it ("Prague,
 * Oklahoma", "Nahrin district, Baghlan"). Unresolvable names are kept with a null place, or
 * placed at their container when the text gives one.
 *
 * <p>Thread-safe: holds only the immutable gazetteer and config.
 */
public final class PlaceFinder {
  /** The possessive token CoreNLP splits off a name ("Iraq" "'s"), straight or curly. */
  private static final java.util.Set<String> POSSESSIVE = java.util.Set.of("'s", "’s", "'", "’");
  private final Gazetteer gazetteer;
  private final GeoConfig config;

  public PlaceFinder(Gazetteer gazetteer, GeoConfig config) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.config = Objects.requireNonNull(config, "config");
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public GeoConfig config() {
    return config;
  }

  /** The place mentions of the article, in text order (a border phrase after the names inside it). */
  public List<PlaceMention> find(AnnotatedArticle article) {
    Mentions mentions = prepare(article);
    List<PlaceMention> out = new ArrayList<>();
    for (int i = 0; i < article.sentences().size(); i++) {
      out.addAll(mentions.resolve(i));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-–]");
  private static final Comparator<PlaceMention> ORDER =
      Comparator.comparingInt(PlaceMention::start).thenComparingInt(m -> -m.end()).thenComparing(m -> m.isBorder());

  /**
   * The article's name spans and context, with each sentence's mentions resolved when first asked
   * for (issue 5: the coder asks only for the sentences it found events in, and resolving, with
   * its typo search, is most of the cost). {@link Mentions#inSentence} gives exactly the mentions
   * of {@link #find} in that sentence, in the same order.
   */
  public Mentions prepare(AnnotatedArticle article) {
    List<Sentence> sentences = article.sentences();
    List<List<Span>> spans = new ArrayList<>(sentences.size());
    List<TokenKeys> keys = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      TokenKeys k = new TokenKeys(s.tokens());
      keys.add(k);
      spans.add(MentionSpans.find(s, k, gazetteer, config));
    }
    Map<Span, PlaceContext> own = new IdentityHashMap<>();
    PlaceContext ctx = context(sentences, keys, spans, own);
    return new Mentions(sentences, spans, own, ctx);
  }

  /** The place mentions of one article, resolved sentence by sentence on demand. Thread-safe. */
  public final class Mentions {
    private final List<Sentence> sentences;
    private final List<List<Span>> spans;
    private final Map<Span, PlaceContext> own;
    private final PlaceContext ctx;
    private final Map<Integer, List<PlaceMention>> bySentence = new java.util.HashMap<>();
    /** The typo search's answers by name key: an article repeats its names. */
    private final Map<String, List<Place>> nearMisses = new java.util.HashMap<>();

    private Mentions(List<Sentence> sentences, List<List<Span>> spans, Map<Span, PlaceContext> own, PlaceContext ctx) {
      this.sentences = sentences;
      this.spans = spans;
      this.own = own;
      this.ctx = ctx;
    }

    /** Whether the article names the country {@code iso3} (by a name or demonym, or a region of it). */
    public boolean namesCountry(String iso3) {
      return ctx.weight(iso3) > 0;
    }

    /** Whether the article names the first-level region of key {@code admin1Key}. */
    public boolean namesRegion(String admin1Key) {
      return ctx.regionBonus(admin1Key) > 0;
    }

    /** The mentions in the sentence whose {@link Sentence#index()} is {@code index}, in text order. */
    public synchronized List<PlaceMention> inSentence(int index) {
      List<PlaceMention> found = bySentence.get(index);
      if (found == null) {
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
          if (sentences.get(i).index() == index) {
            out.addAll(resolve(i));
          }
        }
        out.sort(ORDER);
        found = List.copyOf(out);
        bySentence.put(index, found);
      }
      return found;
    }

    /** The mentions of the sentence at position {@code i}, in the order they are made. */
    private List<PlaceMention> resolve(int i) {
      Sentence s = sentences.get(i);
      List<PlaceMention> inSentence = new ArrayList<>();
      List<Span> ss = spans.get(i);
      for (int k = 0; k < ss.size(); k++) {
        inSentence.add(PlaceFinder.this.resolve(s, ss, k, ctx.without(own.get(ss.get(k))), nearMisses));
      }
      List<PlaceMention> out = new ArrayList<>(inSentence);
      out.addAll(BorderMentions.find(s, inSentence, ctx, gazetteer, config));
      return out;
    }
  }

  /** The article's context; {@code own} gets what each name span contributed to it. */
  private PlaceContext context(List<Sentence> sentences, List<TokenKeys> keys, List<List<Span>> spans,
      Map<Span, PlaceContext> own) {
    PlaceContext ctx = new PlaceContext();
    // what each name contributes, over all its mentions: a name repeated is still not its own evidence
    // ("Washington" said five times must not make the state the article's region)
    Map<String, PlaceContext> byName = new java.util.HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> t = sentences.get(i).tokens();
      TokenKeys tk = keys.get(i);
      for (Span sp : spans.get(i)) {
        if (sp.level() == Span.Level.PLACE || sp.level() == Span.Level.SEAT) {
          continue;
        }
        // the key of the name's text (TokenKeys)
        String key = tk.key(sp.nameBegin(), sp.nameEnd());
        PlaceContext mine = byName.computeIfAbsent(key, x -> new PlaceContext());
        for (Place p : gazetteer.lookupKey(key)) {
          if (p.featureCode().equals("PCLI")) {
            ctx.country(p.country(), 1);
            mine.country(p.country(), 1);
          } else if (p.featureCode().equals("ADM1") && Names.key(p.name()).startsWith(key)) {
            gazetteer.region(p.admin1Key()).ifPresent(r -> {
              ctx.region(r, 1);
              mine.region(r, 1);
            });
          }
        }
        own.put(sp, mine);
      }
      for (int k = 0; k < t.size(); k++) {
        Token tok = t.get(k);
        if (!MentionSpans.isCapitalised(tok)) {
          continue;
        }
        String word = tok.word();
        if (word.indexOf('-') < 0 && word.indexOf('–') < 0) {
          // no dash: the split is the word itself (issue 5: no regular expression for most words)
          String iso3 = gazetteer.countryOfDemonymKey(tk.key(k));
          if (iso3 != null) {
            ctx.country(iso3, 1);
          }
        } else {
          for (String part : DASH.split(word)) {
            String iso3 = part.isEmpty() ? null : gazetteer.countryOfDemonym(part);
            if (iso3 != null) {
              ctx.country(iso3, 1);
            }
          }
        }
        boolean titleNext = k + 1 < t.size() && MentionSpans.isCapitalised(t.get(k + 1));
        Region abbreviated = k > 0 && !titleNext ? gazetteer.regionOfAbbreviationKey(tk.key(k)) : null;
        if (abbreviated != null && k > 0 && !titleNext) {
          ctx.region(abbreviated, tok.word().endsWith(".") ? 1 : 0.5);
        }
      }
    }
    return ctx;
  }

  private PlaceMention resolve(Sentence s, List<Span> spans, int k, PlaceContext ctx,
      Map<String, List<Place>> nearMisses) {
    List<Token> t = s.tokens();
    Span sp = spans.get(k);
    String name = MentionSpans.text(t, sp.nameBegin(), sp.nameEnd());
    if (sp.level() == Span.Level.WORLD) {
      return new PlaceMention(s.index(), sp.tokenBegin(), sp.tokenEnd(), s.span(sp.tokenBegin(), sp.tokenEnd()),
          t.get(sp.tokenBegin()).begin(), t.get(sp.tokenEnd() - 1).end(), null, 0, 0, false);
    }
    if (sp.level() == Span.Level.SEAT) {
      // a building or body: its seat's town, never a namesake ("White House, Tennessee")
      Place town = Seats.shipped().byName(name).flatMap(seat -> Seats.town(seat, gazetteer)).orElse(null);
      return new PlaceMention(s.index(), sp.tokenBegin(), sp.tokenEnd(), s.span(sp.tokenBegin(), sp.tokenEnd()),
          t.get(sp.tokenBegin()).begin(), t.get(sp.tokenEnd() - 1).end(), town, town == null ? 0 : 0.9, 1, false);
    }
    Place container = container(s, spans, k, ctx, nearMisses);
    List<Place> candidates = gazetteer.lookup(name);
    boolean fuzzy = false;
    String key = Names.key(name);
    if (candidates.isEmpty() && config.fuzzy() && key.length() >= 6
        && (sp.tagged() || sp.cued() || sp.level() != Span.Level.ANY || container != null)) {
      candidates = nearMisses.computeIfAbsent(key, n -> gazetteer.lookupFuzzy(name, key.length() >= 10 ? 2 : 1));
      // a near miss is believed only in a country the article names, where it names any
      List<String> named = ctx.countries();
      if (!named.isEmpty()) {
        candidates = candidates.stream().filter(p -> named.contains(p.country())).toList();
      }
      fuzzy = true;
    }
    String writtenName = k + 1 < spans.size() && spans.get(k + 1).tokenBegin() - sp.tokenEnd() >= 1
        && spans.get(k + 1).tokenBegin() - sp.tokenEnd() <= 2
        ? MentionSpans.text(t, spans.get(k + 1).nameBegin(), spans.get(k + 1).nameEnd()) : null;
    List<Place> writtenReadings = container == null ? List.of()
        : gazetteer.lookup(writtenName == null ? container.name() : writtenName);
    if (container != null && !container.isPopulated() && !candidates.isEmpty()) {
      // "Jalandhar, Punjab", "Srinagar, Kashmir": of the regions so named, the one a reading of the place lies in
      Place written = container;
      List<Place> readings = candidates;
      if (readings.stream().noneMatch(p -> PlaceResolver.inside(p, written))) {
        for (Place q : writtenReadings) {
          if (!q.isPopulated() && q != written && readings.stream().anyMatch(p -> PlaceResolver.inside(p, q))) {
            container = q;
            break;
          }
        }
      }
    }
    int begin = t.get(sp.tokenBegin()).begin();
    int end = t.get(sp.tokenEnd() - 1).end();
    String text = s.span(sp.tokenBegin(), sp.tokenEnd());
    // "Masisi territory, North Kivu": a region no town shares its name with is surely a container, not a list's next name
    // never for a country or region ("Cameroon, Democratic Republic of Congo, Nigeria" is a list)
    boolean strict = container != null && !container.isPopulated()
        && candidates.stream().noneMatch(p -> p.featureCode().equals("PCLI") || p.featureCode().equals("ADM1"))
        && gazetteer.lookup(container.name()).stream().noneMatch(Place::isPopulated)
        && writtenReadings.stream().noneMatch(Place::isPopulated)
        && writtenReadings.stream().filter(p -> !p.isPopulated()).count() <= 1;
    Place region = container;
    if (!strict && region != null && region.featureCode().equals("ADM1") && !candidates.isEmpty()
        && writtenName != null && Names.key(writtenName).equals(Names.key(region.name()))
        && candidates.stream().noneMatch(p -> p.featureCode().equals("PCLI") || p.featureCode().equals("ADM1")
            || p.country().equals(region.country())
            || writtenReadings.stream().anyMatch(q -> !q.isPopulated() && PlaceResolver.inside(p, q)))) {
      // "Charlevoix, Quebec": every namesake lies in another country than the region written after the
      // name by its own name (and than any other reading of it), so the town is one the gazetteer lacks,
      // in that region; not a region named by a part of its name ("Srinagar, Kashmir" is no town of Azad Kashmir)
      strict = true;
    }
    PlaceResolver.Resolution r = PlaceResolver.resolve(name, candidates, sp.level(), container, strict, ctx, fuzzy);
    if (r != null) {
      return new PlaceMention(s.index(), sp.tokenBegin(), sp.tokenEnd(), text, begin, end, r.place(), r.confidence(),
          r.candidates(), r.approximate());
    }
    if (container != null) {
      Place at = new Place(null, name, "LOC", container.country(), container.admin1Key(), container.admin1(),
          container.lat(), container.lon(), 0);
      return new PlaceMention(s.index(), sp.tokenBegin(), sp.tokenEnd(), text, begin, end, at, 0.3, 0, true);
    }
    return new PlaceMention(s.index(), sp.tokenBegin(), sp.tokenEnd(), text, begin, end, null, 0, 0, false);
  }

  /**
   * The place written after a comma right after the span ("Prague, Oklahoma"; "Oxford, Miss."),
   * or before it with a possessive ("Iraq's Anbar desert", "Syria's Idlib province"), or null.
   */
  private Place container(Sentence s, List<Span> spans, int k, PlaceContext ctx, Map<String, List<Place>> nearMisses) {
    List<Token> t = s.tokens();
    Span sp = spans.get(k);
    int possessive = sp.tokenBegin() - 1;
    if (k > 0 && possessive > 0 && POSSESSIVE.contains(t.get(possessive).word())
        && spans.get(k - 1).tokenEnd() == possessive) {
      Place owner = asContainer(t, spans.get(k - 1), ctx);
      if (owner != null) {
        return owner;
      }
    }
    int comma = sp.tokenEnd();
    // "Al-Aqsa mosque in Jerusalem": a common noun the name modifies comes before "in"
    int in = comma + 1 < t.size() && t.get(comma).pos().equals("NN") && !MentionSpans.isCapitalised(t.get(comma))
        ? comma + 1 : comma;
    if (in + 2 < t.size() && t.get(in).word().equals("in") && k + 1 < spans.size()
        && spans.get(k + 1).tokenBegin() == in + 1) {
      // "near Katari in Kaduna state", "at Al-Aqsa mosque in Jerusalem": the region, country or town
      // the place is said to be in
      return asContainer(t, spans.get(k + 1), ctx);
    }
    if (comma + 1 >= t.size() || !t.get(comma).word().equals(",")) {
      return null;
    }
    // "Oxford, Miss.", "Monroe, La.": not the first word of a longer name ("Pataz, La Libertad" is Peru's region)
    Region abbreviated = gazetteer.regionOfAbbreviation(t.get(comma + 1).word());
    boolean nameGoesOn = comma + 2 < t.size() && MentionSpans.isCapitalised(t.get(comma + 2));
    if (abbreviated != null && MentionSpans.isCapitalised(t.get(comma + 1)) && !nameGoesOn) {
      return abbreviated.asPlace();
    }
    if (k + 1 < spans.size() && spans.get(k + 1).tokenBegin() == comma + 1) {
      int after = spans.get(k + 1).tokenEnd();
      if (k + 2 < spans.size() && after + 1 < t.size() && t.get(after).word().equals(",")
          && spans.get(k + 2).tokenBegin() == after + 1 && spans.get(k + 1).level() != Span.Level.WORLD) {
        // "Essakane, Oudalan province, Sahel region", "Bweremana, Masisi territory, North Kivu": the
        // container is read inside its own container, and placed there when the gazetteer lacks it
        PlaceMention next = resolve(s, spans, k + 1, ctx, nearMisses);
        if (next.place() != null) {
          return next.place();
        }
      }
      return asContainer(t, spans.get(k + 1), ctx);
    }
    return null;
  }

  /** The place a span names, read as a container: a region or country before a town of the same name ("Lagos"). */
  private Place asContainer(List<Token> t, Span span, PlaceContext ctx) {
    if (span.level() == Span.Level.SEAT) {
      return null;
    }
    if (span.level() == Span.Level.WORLD) {
      // "the Sahel" is no place, but "Sahel region" after a place is Burkina Faso's region of that name
      if (span.tokenEnd() < t.size() && MentionSpans.ADMIN_WORDS.get(t.get(span.tokenEnd()).word().toLowerCase(java.util.Locale.ROOT))
          == Span.Level.REGION) {
        String name = MentionSpans.text(t, span.nameBegin(), span.nameEnd());
        List<Place> regions = gazetteer.lookup(name).stream().filter(p -> p.featureCode().equals("ADM1")).toList();
        PlaceResolver.Resolution r = PlaceResolver.resolve(name, regions, Span.Level.REGION, null, ctx, false);
        return r == null ? null : r.place();
      }
      return null;
    }
    String name = MentionSpans.text(t, span.nameBegin(), span.nameEnd());
    List<Place> cands = gazetteer.lookup(name);
    if (cands.isEmpty() && config.fuzzy() && Names.key(name).length() >= 6) {
      // "Lower Shabelle" for Lower Shebelle: a container is read as a country or region within one letter
      cands = gazetteer.lookupFuzzyAdministrative(name);
    }
    List<Place> admin = cands.stream().filter(p -> !p.isPopulated()).toList();
    PlaceResolver.Resolution r = PlaceResolver.resolve(name, admin.isEmpty() ? cands : admin, span.level(), null, ctx, false);
    return r == null ? null : r.place();
  }
}
