package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.text.CalendarWords;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * Finds the stretches of a sentence that may name places: runs of tokens the NER tagged as a
 * location, and capitalised n-grams (up to four tokens) that the gazetteer knows, each with the
 * admin word written next to it ("Nahrin district", "the cities of Homs and Aleppo"). Stateless.
 */
final class MentionSpans {
  static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  /** NER tags that may still hide a place name: none, and MISC (CoreNLP's tag for "Afghansitan"). */
  static final Set<String> OPEN_TAGS = Set.of("O", "MISC");
  static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "across", "outside", "inside",
      "around", "through", "toward", "towards", "via", "between", "within", "along", "throughout", "of", "on");
  static final Map<String, Span.Level> ADMIN_WORDS = Map.ofEntries(
      Map.entry("city", Span.Level.PLACE), Map.entry("cities", Span.Level.PLACE),
      Map.entry("town", Span.Level.PLACE), Map.entry("towns", Span.Level.PLACE),
      Map.entry("village", Span.Level.PLACE), Map.entry("villages", Span.Level.PLACE),
      Map.entry("province", Span.Level.REGION), Map.entry("provinces", Span.Level.REGION),
      Map.entry("governorate", Span.Level.REGION), Map.entry("governorates", Span.Level.REGION),
      Map.entry("region", Span.Level.REGION), Map.entry("regions", Span.Level.REGION),
      Map.entry("oblast", Span.Level.REGION), Map.entry("oblasts", Span.Level.REGION),
      Map.entry("prefecture", Span.Level.REGION), Map.entry("state", Span.Level.REGION),
      Map.entry("states", Span.Level.REGION),
      Map.entry("district", Span.Level.DISTRICT), Map.entry("districts", Span.Level.DISTRICT),
      Map.entry("county", Span.Level.DISTRICT), Map.entry("counties", Span.Level.DISTRICT),
      Map.entry("municipality", Span.Level.DISTRICT), Map.entry("raion", Span.Level.DISTRICT),
      Map.entry("rayon", Span.Level.DISTRICT),
      // conflict notes' admin words: Colombian, Haitian, Peruvian departments and Bangladeshi divisions are
      // first-level; Congolese territories, Myanmar townships and communes are below (not "zone": "the Schengen zone")
      Map.entry("department", Span.Level.REGION), Map.entry("division", Span.Level.REGION),
      Map.entry("territory", Span.Level.DISTRICT),
      Map.entry("township", Span.Level.DISTRICT), Map.entry("commune", Span.Level.DISTRICT));
  /** Continents and world regions (keys): names the gazetteer would otherwise misread as towns. */
  static final Set<String> WORLD_REGIONS = Set.of("africa", "asia", "europe", "america", "americas", "oceania",
      "antarctica", "centralasia", "southasia", "southeastasia", "eastasia", "westasia", "middleeast", "neareast",
      "fareast", "northafrica", "westafrica", "eastafrica", "southernafrica", "centralafrica", "hornofafrica",
      "latinamerica", "southamerica", "northamerica", "centralamerica", "caribbean", "caucasus", "southcaucasus",
      "northcaucasus", "balkans", "westernbalkans", "sahel", "maghreb", "levant", "easterneurope", "westerneurope",
      "centraleurope", "scandinavia", "baltics", "persiangulf", "gulf", "arabianpeninsula", "indochina");
  private static final Set<String> NOT_PARTICLES = Set.of("and", "or", "in", "on", "at", "to", "by", "for", "the");
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "al", "el", "la", "le", "-", "e", "upon", "on");
  /**
   * Every prefix of a {@link #WORLD_REGIONS} key, the empty one included: a run of tokens whose
   * first token's key is none of these names no world region (its key starts with that key).
   */
  private static final Set<String> WORLD_REGION_PREFIXES = prefixes(WORLD_REGIONS);

  private static Set<String> prefixes(Set<String> keys) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String k : keys) {
      for (int n = 0; n <= k.length(); n++) {
        out.add(k.substring(0, n));
      }
    }
    return Set.copyOf(out);
  }

  private MentionSpans() {}

  static List<Span> find(Sentence s, Gazetteer g, GeoConfig config) {
    return find(s, new TokenKeys(s.tokens()), g, config);
  }

  /** As {@link #find(Sentence, Gazetteer, GeoConfig)}, with the sentence's token keys. */
  static List<Span> find(Sentence s, TokenKeys keys, Gazetteer g, GeoConfig config) {
    List<Token> t = s.tokens();
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int seat = Seats.shipped().end(t, keys, i);
      if (seat > i) {
        // "the White House", "the Pentagon": a building or body, placed at its seat ({@link Seats})
        spans.add(new Span(i, seat, i, seat, Span.Level.SEAT, false, cued(t, i)));
        i = seat;
        continue;
      }
      int world = worldRegion(t, keys, i);
      if (world > i) {
        spans.add(new Span(i, world, i, world, Span.Level.WORLD, LOCATION_TAGS.contains(t.get(i).ner()), false));
        i = world;
        continue;
      }
      int joined = joinedName(t, keys, i, g);
      if (joined > i) {
        // "Sistan and Baluchestan", "Jammu and Kashmir": one region's name, not two places
        spans.add(withAdminWords(t, new Span(i, joined, i, joined, Span.Level.ANY,
            LOCATION_TAGS.contains(t.get(i).ner()), cued(t, i))));
        i = joined;
        continue;
      }
      if (LOCATION_TAGS.contains(t.get(i).ner()) && !t.get(i).word().equals(",")) {
        int j = i + 1;
        // a comma the NER tagged with the names around it parts two names ("Jos, Plateau state")
        while (j < t.size() && LOCATION_TAGS.contains(t.get(j).ner()) && !t.get(j).word().equals(",")) {
          j++;
        }
        spans.add(withAdminWords(t, new Span(i, j, i, j, Span.Level.ANY, true, cued(t, i))));
        i = j;
        continue;
      }
      int region = writtenRegion(t, keys, i, spans, g);
      if (region > i) {
        // "Dhiban, Deir ez-Zor", "Cafunfo, Lunda Norte province": the region written after a place, whatever the NER made of it
        spans.add(withAdminWords(t, new Span(i, region, i, region, Span.Level.ANY, false, false)));
        i = region;
        continue;
      }
      Span untagged = untagged(t, keys, i, g, config);
      if (untagged != null) {
        spans.add(withAdminWords(t, untagged));
        i = untagged.nameEnd();
        continue;
      }
      i++;
    }
    return coordinate(t, spans);
  }

  /**
   * The end of a region's or country's name written with "and" that starts at {@code i}
   * ("Sistan and Baluchestan", "Kohgiluyeh and Boyer-Ahmad", "Trinidad and Tobago"), or {@code i}:
   * capitalised words, "and" within the first three tokens, and up to three capitalised tokens after
   * it, the whole a name the gazetteer gives a region or country (a town named so is no join: "Homs
   * and Aleppo" stays two cities).
   */
  private static int joinedName(List<Token> t, TokenKeys keys, int i, Gazetteer g) {
    if (!isCapitalised(t.get(i))) {
      return i;
    }
    int and = -1;
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      if (t.get(k).word().equals("and")) {
        and = k;
        break;
      }
      if (!isCapitalised(t.get(k)) && !t.get(k).word().equals("-")) {
        return i;
      }
    }
    if (and < 0) {
      return i;
    }
    for (int end = Math.min(t.size(), and + 4); end > and + 1; end--) {
      boolean capitalised = true;
      for (int k = and + 1; k < end && capitalised; k++) {
        capitalised = isCapitalised(t.get(k)) || t.get(k).word().equals("-");
      }
      if (capitalised && g.lookupKey(keys.key(i, end)).stream()
          .anyMatch(p -> p.featureCode().equals("ADM1") || p.featureCode().equals("PCLI"))) {
        return end;
      }
    }
    return i;
  }

  /**
   * The end of a first-level region's or country's name that starts at {@code i} right after a place
   * name and a comma, or {@code i} (issue 11, round 13): a report writes the region after the place
   * ("Dhiban, Deir ez-Zor", "Cafunfo, Lunda Norte province", "Tabayin township, Sagaing region"),
   * and CoreNLP often tags it as a person or an organisation, or reads its first word as a verb;
   * capitalised tokens (and hyphens), up to four, the longest that the gazetteer knows as a region
   * or a country. A town so named is no such container ("Ostrava, Prague" stays a list).
   */
  private static int writtenRegion(List<Token> t, TokenKeys keys, int i, List<Span> spans, Gazetteer g) {
    if (i < 2 || !t.get(i - 1).word().equals(",") || !isCapitalised(t.get(i)) || spans.isEmpty()
        || spans.get(spans.size() - 1).tokenEnd() != i - 1 || LOCATION_TAGS.contains(t.get(i).ner())) {
      return i;
    }
    int run = 1;
    while (run < Math.min(4, t.size() - i) && (isCapitalised(t.get(i + run)) || t.get(i + run).word().equals("-")
        || particle(t.get(i + run)))) {
      run++;
    }
    for (int end = i + run; end > i; end--) {
      if (isCapitalised(t.get(end - 1)) && g.lookupKey(keys.key(i, end)).stream()
          .anyMatch(p -> p.featureCode().equals("ADM1") || p.featureCode().equals("PCLI"))) {
        return end;
      }
    }
    return i;
  }

  /** Lower-case words inside a region's name: "de", "ez", "al" ("Deir ez-Zor"), not "and", "in", "on". */
  private static boolean particle(Token tok) {
    String w = tok.word();
    return w.length() <= 3 && w.chars().allMatch(Character::isLowerCase) && !NOT_PARTICLES.contains(w);
  }

  /** The end of a world-region name starting at {@code i} ("Central Asia"), or {@code i}. */
  private static int worldRegion(List<Token> t, TokenKeys keys, int i) {
    Token first = t.get(i);
    // the key of a run starts with its first token's key (issue 5: most words stop here)
    if (!isCapitalised(first) && !isOf(first) || !WORLD_REGION_PREFIXES.contains(keys.key(i))) {
      return i;
    }
    // how many tokens from i are capitalised or "of": each is checked once
    int run = 1;
    while (run < Math.min(3, t.size() - i) && (isCapitalised(t.get(i + run)) || isOf(t.get(i + run)))) {
      run++;
    }
    for (int len = run; len >= 1; len--) {
      if (WORLD_REGIONS.contains(keys.key(i, i + len))) {
        return i + len;
      }
    }
    return i;
  }

  private static boolean cued(List<Token> t, int i) {
    return i > 0 && LOCATIVE.contains(lower(t.get(i - 1)));
  }

  private static Span untagged(List<Token> t, TokenKeys keys, int i, Gazetteer g, GeoConfig config) {
    if (!isCapitalised(t.get(i))) {
      return null;
    }
    if (t.get(i).ner().equals("PERSON")) {
      return lonePersonPlace(t, keys, i, g);
    }
    if (!OPEN_TAGS.contains(t.get(i).ner())) {
      return loneOrganisation(t, keys, i, g, config);
    }
    if (!t.get(i).pos().isEmpty() && !t.get(i).isProperNoun()) {
      return null;
    }
    for (int len = Math.min(4, t.size() - i); len >= 1; len--) {
      int end = i + len;
      if (!isCapitalised(t.get(end - 1)) || !allOpen(t, i, end)) {
        continue;
      }
      if (len == 1 && g.countryOfDemonymKey(keys.key(i)) != null) {
        return null;
      }
      // month and weekday names ("in August", "on Friday") date an event; the towns named so (August,
      // California) count only where the NER tags them a place or an admin word follows: the time
      // expressions that tell them apart exist only in sentences SUTime read (issue 11, round 6)
      if (len == 1 && CalendarWords.isFullName(keys.key(i)) && !(end < t.size() && ADMIN_WORDS.containsKey(lower(t.get(end))))) {
        return null;
      }
      List<Place> found = g.lookupKey(keys.key(i, end));
      boolean fuzzy = false;
      // one token's text is its word
      if (found.isEmpty() && len == 1 && t.get(i).word().length() >= 7 && config.fuzzy()) {
        found = g.lookupFuzzyAdministrative(t.get(i).word());
        fuzzy = true;
      }
      if (found.isEmpty() || insideLongerName(t, i, end)) {
        continue;
      }
      boolean cue = cued(t, i) || followedByContainerOrAdminWord(t, keys, end, g);
      boolean big = false;
      boolean admin = false;
      for (Place p : found) {
        admin |= p.featureCode().equals("PCLI") || p.featureCode().equals("ADM1");
        big |= p.population() >= config.untaggedMinPopulation();
      }
      if (admin || (!fuzzy && (cue || big && i > 0))) {
        return new Span(i, end, i, end, Span.Level.ANY, false, cue);
      }
    }
    return null;
  }

  /**
   * Words of a longer place name that leave a gazetteer name a place ("Northern Kordofan", "Gaza
   * Strip", "Kabul Province"): compass and size words before it, landform and admin words after it.
   */
  static final Set<String> NAME_PARTS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "upper", "lower", "greater", "new", "old", "strip", "sea", "peninsula", "river", "valley",
      "mountains", "mountain", "desert", "island", "islands", "bay", "gulf", "coast", "lake", "corridor", "basin",
      "plateau", "heights", "city");

  /**
   * Whether the untagged stretch {@code [i, end)} is part of a longer proper name that the gazetteer
   * does not know as a whole (issue 11, phenomenon 6: an organisation whose name holds a town's name
   * is no place -- "the United Nations Multidimensional Integrated Stabilization Mission" is not
   * Mission, Texas; "Hilltop Rangers" is not Hilltop): a proper noun the NER left untagged stands
   * right before or after it, other than a compass or landform word, an admin word, a month or a
   * weekday ("Southern Kordofan", "Helmand Province", "Aleppo Thursday"). The longer readings
   * were tried first, so a name the gazetteer knows whole ("Mission Viejo") is not affected.
   */
  static boolean insideLongerName(List<Token> t, int i, int end) {
    return i > 0 && namePart(t.get(i - 1)) || end < t.size() && namePart(t.get(end));
  }

  private static boolean namePart(Token tok) {
    String w = lower(tok);
    return isCapitalised(tok) && tok.isProperNoun() && OPEN_TAGS.contains(tok.ner()) && !NAME_PARTS.contains(w)
        && !ADMIN_WORDS.containsKey(w) && !CalendarWords.isFullName(w) && !CONNECTORS.contains(w) && w.chars().anyMatch(Character::isLetter);
  }

  /**
   * A one-word ORGANIZATION that names a large place or a country: CoreNLP tags a city that
   * starts a sentence or acts ("Oxford is home to ...", "Moscow says ...") as an organisation.
   */
  private static Span loneOrganisation(List<Token> t, TokenKeys keys, int i, Gazetteer g, GeoConfig config) {
    String tag = t.get(i).ner();
    if (!tag.equals("ORGANIZATION") || i > 0 && t.get(i - 1).ner().equals(tag)
        || i + 1 < t.size() && t.get(i + 1).ner().equals(tag)) {
      return null;
    }
    for (Place p : g.lookupKey(keys.key(i))) {
      if (p.featureCode().equals("PCLI") || p.population() >= config.untaggedMinPopulation()) {
        return new Span(i, i + 1, i, i + 1, Span.Level.ANY, false, cued(t, i));
      }
    }
    return null;
  }

  /** Prepositions after which a name is a place, not a person ("near Gao", "in Kidal"); not "to" or "from". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "inside", "around",
      "into", "across", "throughout");

  /**
   * A one-word PERSON that is a populated place or region of the gazetteer and stands where only a
   * place can (issue 11): after "in", "near", "at" ..., or before ", Region" or an admin word
   * ("near Gao, in the Gao region"; CoreNLP takes Gao, Kidal, Bannu for surnames).
   */
  private static Span lonePersonPlace(List<Token> t, TokenKeys keys, int i, Gazetteer g) {
    if (i > 0 && t.get(i - 1).ner().equals("PERSON") || i + 1 < t.size() && t.get(i + 1).ner().equals("PERSON")) {
      return null;
    }
    boolean cue = i > 0 && PLACE_PREPOSITIONS.contains(lower(t.get(i - 1)))
        || followedByContainerOrAdminWord(t, keys, i + 1, g);
    if (!cue) {
      return null;
    }
    for (Place p : g.lookupKey(keys.key(i))) {
      if (p.featureCode().startsWith("PPL") || p.featureCode().startsWith("ADM")) {
        return new Span(i, i + 1, i, i + 1, Span.Level.ANY, false, true);
      }
    }
    return null;
  }

  private static boolean followedByContainerOrAdminWord(List<Token> t, TokenKeys keys, int end, Gazetteer g) {
    if (end < t.size() && ADMIN_WORDS.containsKey(lower(t.get(end)))) {
      return true;
    }
    if (end + 1 < t.size() && t.get(end).word().equals(",") && isCapitalised(t.get(end + 1))) {
      String next = t.get(end + 1).word();
      if (next.endsWith(".") && g.regionOfAbbreviationKey(keys.key(end + 1)) != null) {
        return true;
      }
      for (Place p : g.lookupKey(keys.key(end + 1))) {
        if (p.featureCode().equals("PCLI") || p.featureCode().equals("ADM1")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean allOpen(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      Token tok = t.get(k);
      if (!OPEN_TAGS.contains(tok.ner())) {
        return false;
      }
      if (!isCapitalised(tok) && !CONNECTORS.contains(lower(tok))) {
        return false;
      }
    }
    return true;
  }

  /** The span with the admin word after it ("district") or before it ("city of"). */
  private static Span withAdminWords(List<Token> t, Span s) {
    int nameEnd = s.nameEnd();
    Span.Level level = Span.Level.ANY;
    // an admin word the NER took into the name: "Arghistan District"
    if (nameEnd - s.nameBegin() > 1 && ADMIN_WORDS.containsKey(lower(t.get(nameEnd - 1)))) {
      level = ADMIN_WORDS.get(lower(t.get(nameEnd - 1)));
      nameEnd--;
      s = new Span(s.tokenBegin(), s.tokenEnd(), s.nameBegin(), nameEnd, level, s.tagged(), true);
    } else if (s.tokenEnd() < t.size() && ADMIN_WORDS.containsKey(lower(t.get(s.tokenEnd())))
        && !(lower(t.get(s.tokenEnd())).startsWith("state") && isCapitalised(t.get(s.tokenEnd())) && s.tokenEnd() + 1 < t.size()
            && isCapitalised(t.get(s.tokenEnd() + 1)))) {
      level = ADMIN_WORDS.get(lower(t.get(s.tokenEnd())));
      s = new Span(s.tokenBegin(), s.tokenEnd() + 1, s.nameBegin(), s.nameEnd(), level, s.tagged(), true);
    }
    if (level == Span.Level.ANY && s.nameBegin() >= 2 && lower(t.get(s.nameBegin() - 1)).equals("of")
        && ADMIN_WORDS.containsKey(lower(t.get(s.nameBegin() - 2)))) {
      s = s.withLevel(ADMIN_WORDS.get(lower(t.get(s.nameBegin() - 2))));
    }
    return s;
  }

  /**
   * "Homs and Aleppo Governorates", "the cities of Homs and Aleppo": a plural admin word after (or
   * before) a coordination applies to every name in it.
   */
  private static List<Span> coordinate(List<Token> t, List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    for (int k = out.size() - 1; k > 0; k--) {
      Span right = out.get(k);
      Span left = out.get(k - 1);
      // a world region is no level a list shares: "Djibo, Sahel region" is a town of Burkina Faso's Sahel region
      if (right.level() != Span.Level.ANY && right.level() != Span.Level.WORLD && left.level() == Span.Level.ANY
          && joined(t, left, right)) {
        out.set(k - 1, left.withLevel(right.level()));
      }
    }
    for (int k = 1; k < out.size(); k++) {
      Span right = out.get(k);
      Span left = out.get(k - 1);
      if (left.level() != Span.Level.ANY && left.level() != Span.Level.WORLD && right.level() == Span.Level.ANY
          && joined(t, left, right)
          && left.tokenEnd() == left.nameEnd()) {
        out.set(k, right.withLevel(left.level()));
      }
    }
    return out;
  }

  private static boolean joined(List<Token> t, Span left, Span right) {
    int gap = right.tokenBegin() - left.nameEnd();
    if (gap == 1) {
      String w = lower(t.get(left.nameEnd()));
      return w.equals("and") || w.equals(",") || w.equals("or");
    }
    return gap == 2 && lower(t.get(left.nameEnd())).equals(",") && lower(t.get(left.nameEnd() + 1)).equals("and");
  }

  /**
   * "of" in any case: {@code lower(tok).equals("of")} without lower-casing (only 'O' and 'o', 'F'
   * and 'f' lower-case to 'o' and 'f'; a word of another length never lower-cases to "of").
   */
  private static boolean isOf(Token tok) {
    String w = tok.word();
    return w.length() == 2 && (w.charAt(0) | 0x20) == 'o' && (w.charAt(1) | 0x20) == 'f';
  }

  static boolean isCapitalised(Token tok) {
    String w = tok.word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  static String lower(Token tok) {
    return tok.word().toLowerCase(Locale.ROOT);
  }

  static String text(List<Token> t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && t.get(k).begin() > t.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.get(k).word());
    }
    return sb.toString();
  }
}
