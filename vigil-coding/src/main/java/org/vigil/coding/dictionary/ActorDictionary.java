package org.vigil.coding.dictionary;

import org.vigil.core.text.Edits;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.text.Token;

/**
 * Actors, sectors and roles indexed by name, for finding them in tokenised sentences. Matching is
 * longest-first, case-insensitive, ignores hyphens and diacritics, and tolerates one typing error
 * in names of five letters or more (two from ten letters), for capitalised tokens that are not
 * known otherwise (Kyrgystan, Afghansitan). Immutable and thread-safe.
 */
public final class ActorDictionary {

  /** How a phrase names its entry. */
  public enum NameKind {
    NAME, ALIAS, ADJECTIVE, DEMONYM, CAPITAL, METONYM, SECTOR_NOUN, ROLE;

    /** True for names of a country, organisation, group or person (not sector words). */
    public boolean isProperName() {
      return this != SECTOR_NOUN && this != ROLE;
    }
  }

  /**
   * One way a phrase can be read.
   *
   * @param entry the actor, or null for a sector noun or role
   * @param sector the sector, or null for an actor
   * @param kind how the phrase names it
   * @param phrase the dictionary phrase
   */
  public record Hit(ActorEntry entry, Sector sector, NameKind kind, String phrase) {
    /**
     * Whether the phrase is the last word of a person's name of several words: a surname alone
     * ("Bazoum" of Mohamed Bazoum), which a place may share. Not a dated entry of one word
     * (PETRARCH's countries with dated codes are person-like entries).
     */
    public boolean isSurname() {
      return entry instanceof ActorEntry.Person p && !phrase.contains(" ") && key(p.name()).endsWith(" " + key(phrase));
    }

    /**
     * Abbreviations written in capitals ("US", "WHO", "IS") must be written so in the text too:
     * in lower case they are English words.
     */
    public boolean caseSensitive() {
      String letters = phrase.replace(".", "");
      return letters.length() <= 5 && letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** "country:TJK", "sector:MIL:troops": a short label of the entry for evidence. */
    public String label() {
      if (sector != null) {
        return "sector:" + sector.code() + ":" + phrase;
      }
      return switch (entry) {
        case ActorEntry.Country c -> "country:" + c.code() + ":" + phrase;
        case ActorEntry.Organisation o -> "org:" + o.code() + ":" + phrase;
        case ActorEntry.Group g -> "group:" + g.code() + ":" + phrase;
        case ActorEntry.Person p -> "person:" + p.name();
      };
    }
  }

  /**
   * A dictionary phrase found in a sentence.
   *
   * @param begin first token
   * @param end token after the last
   * @param hits the readings, best first
   * @param fuzzy true when matched with a typing error
   */
  public record Match(int begin, int end, List<Hit> hits, boolean fuzzy) {
    public Match {
      hits = List.copyOf(hits);
    }
  }

  private final Map<String, List<Hit>> phrases;
  /**
   * For each first word of a phrase key, the most words a phrase starting with it has: matching
   * tries only the phrase lengths that can exist (issue 5: most tokens start no phrase at all).
   */
  private final Map<String, Integer> wordsByFirstWord;
  /**
   * The first words of every phrase key, one word, two, ..., the whole key: a run of words that is
   * none of these begins no phrase, nor does any longer run from the same word (issue 5).
   */
  private final java.util.Set<String> phraseBeginnings;
  /**
   * The names a typo may match, by first letter and length ({@link #fuzzyBucket}), each list in
   * the order of the names of that length (issue 5: the typo search looked at every name of a
   * length to keep those with the word's first letter).
   */
  private final Map<Long, List<String>> fuzzyNames;
  /**
   * For each key with readings that are not proper names (sector nouns, roles), those readings in
   * their order: what the lemma look-up of {@link #longestAt} keeps of {@code phrases} (issue 5: a
   * small map, asked for nearly every token).
   */
  private final Map<String, List<Hit>> commonReadings;
  /** The same names by length alone, for {@link #closestNameScan} (the plain search, kept for the test). */
  private final Map<Integer, List<String>> fuzzyNamesByLength;
  private final int maxPhraseTokens;
  private final List<ActorEntry> entries;
  private final List<Sector> sectors;
  private final Map<String, ActorEntry> byCode;

  private final Map<Object, String> origins;

  ActorDictionary(List<ActorEntry> entries, List<Sector> sectors) {
    this(entries, sectors, Map.of());
  }

  /** With {@code origins}: where each entry, role and sector was written, by identity. */
  ActorDictionary(List<ActorEntry> entries, List<Sector> sectors, Map<Object, String> origins) {
    java.util.IdentityHashMap<Object, String> where = new java.util.IdentityHashMap<>(origins);
    this.origins = java.util.Collections.unmodifiableMap(where);
    this.entries = List.copyOf(entries);
    this.sectors = List.copyOf(sectors);
    Map<String, List<Hit>> index = new LinkedHashMap<>();
    Map<String, ActorEntry> codes = new HashMap<>();
    for (ActorEntry e : entries) {
      switch (e) {
        case ActorEntry.Country c -> {
          codes.putIfAbsent(c.code(), c);
          add(index, c.name(), new Hit(c, null, NameKind.NAME, c.name()));
          c.aliases().forEach(a -> add(index, a, new Hit(c, null, NameKind.ALIAS, a)));
          c.adjectives().forEach(a -> add(index, a, new Hit(c, null, NameKind.ADJECTIVE, a)));
          c.demonyms().forEach(a -> add(index, a, new Hit(c, null, NameKind.DEMONYM, a)));
          c.capitals().forEach(a -> add(index, a, new Hit(c, null, NameKind.CAPITAL, a)));
          c.metonyms().forEach(a -> add(index, a, new Hit(c, null, NameKind.METONYM, a)));
        }
        case ActorEntry.Organisation o -> {
          codes.putIfAbsent(o.code(), o);
          add(index, o.name(), new Hit(o, null, NameKind.NAME, o.name()));
          o.aliases().forEach(a -> add(index, a, new Hit(o, null, NameKind.ALIAS, a)));
          o.adjectives().forEach(a -> add(index, a, new Hit(o, null, NameKind.ADJECTIVE, a)));
        }
        case ActorEntry.Group g -> {
          codes.putIfAbsent(g.code(), g);
          add(index, g.name(), new Hit(g, null, NameKind.NAME, g.name()));
          g.aliases().forEach(a -> add(index, a, new Hit(g, null, NameKind.ALIAS, a)));
          g.adjectives().forEach(a -> add(index, a, new Hit(g, null, NameKind.ADJECTIVE, a)));
        }
        case ActorEntry.Person p -> {
          add(index, p.name(), new Hit(p, null, NameKind.NAME, p.name()));
          p.aliases().forEach(a -> add(index, a, new Hit(p, null, NameKind.ALIAS, a)));
        }
      }
    }
    for (Sector s : sectors) {
      s.nouns().forEach(n -> add(index, n, new Hit(null, s, NameKind.SECTOR_NOUN, n)));
      s.roles().forEach(n -> add(index, n, new Hit(null, s, NameKind.ROLE, n)));
    }
    this.byCode = Map.copyOf(codes);
    int max = 1;
    Map<Long, List<String>> fuzzy = new HashMap<>();
    Map<Integer, List<String>> fuzzyByLength = new HashMap<>();
    Map<String, Integer> firstWords = new HashMap<>();
    for (Map.Entry<String, List<Hit>> en : index.entrySet()) {
      String key = en.getKey();
      int n = key.split(" ").length;
      max = Math.max(max, n);
      firstWords.merge(firstWord(key), n, Math::max);
      boolean fuzzable = n == 1 && key.length() >= 5
          && en.getValue().stream().anyMatch(h -> h.kind().isProperName() && !(h.entry() instanceof ActorEntry.Person));
      if (fuzzable) {
        fuzzy.computeIfAbsent(fuzzyBucket(key.charAt(0), key.length()), k -> new ArrayList<>()).add(key);
        fuzzyByLength.computeIfAbsent(key.length(), k -> new ArrayList<>()).add(key);
      }
    }
    this.maxPhraseTokens = max;
    // hash maps, not Map.copyOf: a hash map answers most misses (most words) from its table alone, where the
    // immutable map compares the word with the keys it probes (issue 5); both are only read
    this.phrases = new HashMap<>(index);
    java.util.Set<String> beginnings = new java.util.HashSet<>();
    for (String key : index.keySet()) {
      for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        beginnings.add(key.substring(0, space));
      }
      beginnings.add(key);
    }
    this.phraseBeginnings = beginnings;
    this.wordsByFirstWord = new HashMap<>(firstWords);
    Map<Long, List<String>> frozen = new HashMap<>();
    fuzzy.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.fuzzyNames = Map.copyOf(frozen);
    Map<Integer, List<String>> byLength = new HashMap<>();
    fuzzyByLength.forEach((k, v) -> byLength.put(k, List.copyOf(v)));
    this.fuzzyNamesByLength = Map.copyOf(byLength);
    Map<String, List<Hit>> common = new HashMap<>();
    for (Map.Entry<String, List<Hit>> en : index.entrySet()) {
      List<Hit> notNames = en.getValue().stream().filter(h -> !h.kind().isProperName()).toList();
      if (!notNames.isEmpty()) {
        common.put(en.getKey(), notNames);
      }
    }
    this.commonReadings = new HashMap<>(common);
  }

  private static long fuzzyBucket(char first, int length) {
    return (long) first << 32 | (length & 0xffffffffL);
  }

  private static void add(Map<String, List<Hit>> index, String phrase, Hit hit) {
    String key = key(phrase);
    if (!key.isEmpty()) {
      List<Hit> hits = index.computeIfAbsent(key, k -> new ArrayList<>());
      boolean same = hits.stream().anyMatch(h -> h.entry() == hit.entry() && h.sector() == hit.sector());
      if (!same) {
        hits.add(hit);
      }
    }
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern JOINERS = java.util.regex.Pattern.compile("[-_]");

  /** The normalised lookup key of a phrase: lower case, no diacritics, hyphens and underscores as spaces. */
  public static String key(String phrase) {
    if (isPlainWord(phrase)) {
      // the common case, a token of printable ASCII without spaces, hyphens or underscores
      return phrase.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    for (String part : SPACES.split(phrase.trim())) {
      String n = normaliseToken(part);
      // "Dol_Amroth": PETRARCH-era text joins name words with '_' (issue 3).
      for (String piece : JOINERS.split(n)) {
        if (!piece.isEmpty()) {
          if (!sb.isEmpty()) {
            sb.append(' ');
          }
          sb.append(piece);
        }
      }
    }
    return sb.toString();
  }

  /** Printable ASCII without spaces, hyphens or underscores: its key is its lower case. */
  private static boolean isPlainWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 127 || c == '-' || c == '_') {
        return false;
      }
    }
    return true;
  }

  private static String firstWord(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  static String normaliseToken(String word) {
    String s = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-');
    if (!s.chars().allMatch(ch -> ch < 128)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** Every actor entry, in dictionary order. */
  public List<ActorEntry> entries() {
    return entries;
  }

  /**
   * Where an actor entry, a person's role or a sector was written, as {@code file:line}, or null
   * when unknown (dictionaries built in code, PETRARCH files).
   */
  public String origin(Object entryRoleOrSector) {
    return origins.get(entryRoleOrSector);
  }

  /** Every sector. */
  public List<Sector> sectors() {
    return sectors;
  }

  /** The country, organisation or group with this code, or null. */
  public ActorEntry byCode(String code) {
    return byCode.get(code);
  }

  /** The readings of a phrase, or an empty list. */
  public List<Hit> lookup(String phrase) {
    return phrases.getOrDefault(key(phrase), List.of());
  }

  /** Finds dictionary phrases in the tokens: longest first, left to right, not overlapping. */
  public List<Match> match(List<Token> tokens) {
    return match(tokens, true);
  }

  /**
   * As {@link #match(List)}; with {@code byLemma} false a sector noun or role matches only the
   * forms the dictionary lists, never through the token's lemma (PETRARCH's agents, whose plurals
   * are written out or, with {@code {}}, absent).
   */
  public List<Match> match(List<Token> tokens, boolean byLemma) {
    List<Match> found = new ArrayList<>();
    // each token's key once, not once per phrase length tried
    String[] keys = new String[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      Match m = longestAt(tokens, i, keys, byLemma);
      if (m != null) {
        found.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private static String keyAt(List<Token> tokens, int j, String[] keys) {
    String k = keys[j];
    if (k == null) {
      k = key(tokens.get(j).word());
      keys[j] = k;
    }
    return k;
  }

  private Match longestAt(List<Token> tokens, int start, String[] keys, boolean byLemma) {
    if (isHyphen(tokens.get(start).word())) {
      return null;
    }
    // A phrase can match only when the first word of its key is this token's: look no further
    // than the longest phrase starting with that word.
    Integer maxWords = wordsByFirstWord.get(firstWord(keyAt(tokens, start, keys)));
    if (maxWords != null) {
      // Up to maxPhraseTokens words from start (skipping hyphen tokens inside the phrase) and at most
      // maxWords words of keys, joined by spaces: the runs that are phrases, found while the words so
      // far begin some phrase (issue 5: no look-up of runs that cannot be one). Then the longest
      // with a usable reading.
      List<Hit>[] found = null;
      int[] ends = null;
      int phrasesFound = 0;
      StringBuilder run = new StringBuilder();
      int words = 0;
      int count = 0;
      for (int j = start; j < tokens.size() && words < maxPhraseTokens; j++) {
        String w = tokens.get(j).word();
        if (isHyphen(w)) {
          continue;
        }
        String k = keyAt(tokens, j, keys);
        count += k.isEmpty() ? 1 : 1 + countSpaces(k);
        if (count > maxWords) {
          break;
        }
        if (words > 0) {
          run.append(' ');
        }
        run.append(k);
        words++;
        String joined = run.toString();
        if (!phraseBeginnings.contains(joined)) {
          break;
        }
        List<Hit> hits = phrases.get(joined);
        if (hits != null) {
          if (found == null) {
            @SuppressWarnings("unchecked")
            List<Hit>[] lists = new List[maxPhraseTokens];
            found = lists;
            ends = new int[maxPhraseTokens];
          }
          found[phrasesFound] = hits;
          ends[phrasesFound] = j + 1;
          phrasesFound++;
        }
      }
      for (int f = phrasesFound - 1; f >= 0; f--) {
        List<Hit> usable = usable(found[f], tokens, start, ends[f]);
        if (!usable.isEmpty()) {
          return new Match(start, ends[f], usable, false);
        }
      }
    }
    // one word not in the dictionaries as written: a sector noun or role by its lemma ("soldiers")
    if (byLemma && (maxWords == null || !phrases.containsKey(keyAt(tokens, start, keys)))) {
      // phrases.get(key) less its proper names, or null when none is left
      List<Hit> hits = commonReadings.get(key(tokens.get(start).lemma()));
      if (hits != null) {
        List<Hit> usable = usable(hits, tokens, start, start + 1);
        if (!usable.isEmpty()) {
          return new Match(start, start + 1, usable, false);
        }
      }
    }
    return fuzzyAt(tokens, start, keyAt(tokens, start, keys));
  }

  private static int countSpaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * Proper names must be written with a capital somewhere ("turkey" is a bird); abbreviations in
   * capitals must be written exactly so ("US", not "us").
   */
  /** The NER tags of places (CoreNLP's coarse and fine-grained classes). */
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /** Whether an NER tag names a place. */
  public static boolean isPlaceTag(String ner) {
    return ner != null && PLACE_TAGS.contains(ner);
  }

  private static List<Hit> usable(List<Hit> hits, List<Token> tokens, int from, int to) {
    boolean capitalised = false;
    StringBuilder written = new StringBuilder();
    for (int j = from; j < to; j++) {
      String w = tokens.get(j).word();
      if (w.codePoints().anyMatch(Character::isUpperCase)) {
        // "iSrael": a capital anywhere in the word marks a name as written, typos included.
        capitalised = true;
      }
      written.append(w);
    }
    String asWritten = written.toString().replace(".", "");
    // A surname alone that the NER reads as a place is that place, not the office holder: "the towns
    // of X and Bazoum" (Niger's Bazoum is also a town in the Central African Republic).
    boolean placeWord = to - from == 1 && isPlaceTag(tokens.get(from).ner());
    List<Hit> out = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      if (placeWord && h.isSurname()) {
        continue;
      }
      if (!h.kind().isProperName()) {
        out.add(h);
      } else if (h.caseSensitive() ? asWritten.equals(h.phrase().replace(".", "")) : capitalised) {
        out.add(h);
      }
    }
    return out;
  }

  private Match fuzzyAt(List<Token> tokens, int start, String key) {
    Token t = tokens.get(start);
    String w = t.word();
    if (w.length() < 5 || !Character.isUpperCase(w.codePointAt(0)) || t.ner().equals("PERSON")
        || (!t.pos().isEmpty() && !t.isProperNoun() && !t.isAdjective())) {
      return null;
    }
    String best = closestName(key);
    if (best == null) {
      return null;
    }
    List<Hit> hits = phrases.get(best).stream()
        .filter(h -> h.kind().isProperName() && !(h.entry() instanceof ActorEntry.Person)).toList();
    return new Match(start, start + 1, hits, true);
  }

  /**
   * The name a typo of {@code key} stands for: within one typo (two from ten letters), with the
   * same first letter, the closest, the first of the closest in the names' order; or null.
   * Exactly {@link #closestNameScan}, looking only at the names with the key's first letter.
   */
  String closestName(String key) {
    int maxEdits = key.length() >= 10 ? 2 : 1;
    String best = null;
    int bestDistance = maxEdits + 1;
    for (int len = key.length() - maxEdits; len <= key.length() + maxEdits; len++) {
      for (String candidate : fuzzyNames.getOrDefault(fuzzyBucket(key.charAt(0), len), List.of())) {
        int d = Edits.damerauLevenshtein(key, candidate, bestDistance - 1);
        if (d < bestDistance) {
          bestDistance = d;
          best = candidate;
        }
      }
    }
    return best;
  }

  /** The plain search {@link #closestName} replaces: every name of a length, those with another first letter skipped. */
  String closestNameScan(String key) {
    int maxEdits = key.length() >= 10 ? 2 : 1;
    String best = null;
    int bestDistance = maxEdits + 1;
    for (int len = key.length() - maxEdits; len <= key.length() + maxEdits; len++) {
      for (String candidate : fuzzyNamesByLength.getOrDefault(len, List.of())) {
        if (candidate.charAt(0) != key.charAt(0)) {
          continue;
        }
        int d = Edits.damerauLevenshtein(key, candidate, bestDistance - 1);
        if (d < bestDistance) {
          bestDistance = d;
          best = candidate;
        }
      }
    }
    return best;
  }

  private static boolean isHyphen(String w) {
    return w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014");
  }
}
