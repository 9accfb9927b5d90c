package org.vigil.coding.dictionary.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.coding.dictionary.VerbPattern.Constraint;
import org.vigil.coding.dictionary.VerbPattern.SequenceWord;

/**
 * Reads a PETRARCH verb dictionary: synsets ({@code &NAME} then {@code +member} lines), verb blocks
 * ({@code --- NAME [code] ---}, verb lines with irregular forms in braces, multi-word verbs marked
 * with {@code +}) and patterns ({@code - words * words [code]}). Not thread-safe: one reader per
 * load. Every malformed line is a {@link DictionaryFormatException} naming file and line.
 */
final class VerbFileReader {
  /** English prepositions: a marker after one of them names that preposition's argument. */
  static final Set<String> PREPOSITIONS = Set.of(
      "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
      "behind", "below", "beside", "between", "beyond", "by", "despite", "during", "for", "from", "in", "inside",
      "into", "near", "of", "off", "on", "onto", "out", "over", "per", "since", "through", "throughout", "to",
      "toward", "towards", "under", "until", "upon", "via", "with", "within", "without");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}[A-Z]?");
  private static final Pattern SYNSET_NAME = Pattern.compile("&[A-Z0-9][A-Z0-9_'-]*");

  private final Map<String, List<String>> synsetMembers = new LinkedHashMap<>();
  private final Map<String, Integer> synsetLines = new HashMap<>();
  private final List<RawPattern> raw = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<RawTransformation> transformations = new ArrayList<>();
  /** Verb and block names to the forms and lemmas of every verb of their block. */
  private final Map<String, Set<String>> verbClasses = new HashMap<>();

  /** A verb of a block: trigger forms, and words written with it ({@code +ASK_FOR}). */
  private record Verb(Set<String> forms, List<Element> before, List<Element> after, String code, String reverse, int line) {}

  /** A pattern line of the block being read. */
  private record PatternLine(String file, int line, String body) {}

  /** A pattern line waiting for every synset to be known. */
  private record RawPattern(String file, int line, String text, String code, String reverse, List<Verb> verbs) {}

  /** One element of a pattern: a word, a synset reference, a marker or the verb. */
  private record Element(String text, boolean joinedToPrevious, boolean exact, boolean preposition) {
    Element(String text, boolean joinedToPrevious, boolean exact) {
      this(text, joinedToPrevious, exact, false);
    }

    boolean isMarker() {
      return text.equals("$") || text.equals("+") || text.equals("%") || text.equals("^");
    }
  }

  /** The verb block being read. */
  private static final class Block {
    final String name;
    final String file;
    final String code;
    final String reverse;
    final List<Verb> verbs = new ArrayList<>();
    final List<int[]> patternIndexes = new ArrayList<>();

    Block(String name, String file, String code, String reverse) {
      this.name = name;
      this.file = file;
      this.code = code;
      this.reverse = reverse;
    }
  }

  List<String> warnings() {
    return warnings;
  }

  /** A transformation line, kept until every verb is known. */
  private record RawTransformation(String file, int line, String text, Matcher m) {}

  /**
   * The PETRARCH2 transformations, once every verb is known. A verb named in one (SAY, ATTACK)
   * stands for every verb of its block; a name that no verb line or block has is an error.
   */
  List<org.vigil.coding.dictionary.VerbTransformation> transformations() {
    List<org.vigil.coding.dictionary.VerbTransformation> out = new ArrayList<>();
    for (RawTransformation t : transformations) {
      Matcher m = t.m();
      String a = m.group(1);
      String x = m.group(2);
      String y = m.group(3);
      String inner = m.group(4);
      String outer = m.group(5);
      String p = m.group(6);
      String q = m.group(7);
      String code = m.group(8);
      org.vigil.coding.dictionary.VerbTransformation.Relation relation;
      if (x.equals(a) && !y.equals(".")) {
        relation = org.vigil.coding.dictionary.VerbTransformation.Relation.SAME_SOURCE;
      } else if (x.equals("_") && !y.equals(".")) {
        relation = org.vigil.coding.dictionary.VerbTransformation.Relation.NO_OWN_SOURCE;
      } else if (!x.equals(a) && !x.equals("_") && !x.equals(".") && y.equals(".")) {
        relation = org.vigil.coding.dictionary.VerbTransformation.Relation.OTHER_SOURCE;
      } else {
        throw new DictionaryFormatException(t.file(), t.line(), "unsupported transformation arguments '(" + x + " " + y + " ...)'");
      }
      String target = relation == org.vigil.coding.dictionary.VerbTransformation.Relation.OTHER_SOURCE ? x : y;
      if (!p.equals(a) || !q.equals(target)) {
        throw new DictionaryFormatException(t.file(), t.line(), "transformation result must be '" + a + " " + target + " CODE'");
      }
      Set<String> outerForms = verbClass(t, outer);
      Set<String> innerForms = inner.equals("Q") ? Set.of() : verbClass(t, inner);
      String c = code.toUpperCase(Locale.ROOT);
      if (!c.equals("Q") && !CODE.matcher(c).matches()) {
        throw new DictionaryFormatException(t.file(), t.line(), "bad transformation code '" + code + "'");
      }
      out.add(new org.vigil.coding.dictionary.VerbTransformation(outerForms, innerForms, relation, c.equals("Q") ? null : c,
          t.text(), t.file() + ":" + t.line()));
    }
    return out;
  }

  private Set<String> verbClass(RawTransformation t, String name) {
    Set<String> forms = verbClasses.get(name.toUpperCase(Locale.ROOT));
    if (forms == null) {
      throw new DictionaryFormatException(t.file(), t.line(), "transformation names unknown verb " + name);
    }
    return forms;
  }

  private static final Pattern TRANSFORMATION = Pattern.compile(
      "~\\s*([a-z_.])\\s*\\(\\s*([a-z_.])\\s+([a-z_.])\\s+([A-Z_&]+)\\s*\\)\\s*([A-Z_]+)\\s*=\\s*([a-z_.])\\s+([a-z_.])\\s+(\\S+)");

  private void transformation(String file, int line, String s) {
    Matcher m = TRANSFORMATION.matcher(s);
    if (!m.matches()) {
      throw new DictionaryFormatException(file, line, "transformation must be '~ a (a b VERB) VERB = a b CODE', was '" + s + "'");
    }
    transformations.add(new RawTransformation(file, line, s, m));
  }

  void read(String file, String text) {
    Block block = null;
    String synset = null;
    List<PatternLine> blockPatterns = new ArrayList<>();
    for (PetrarchLines.Line l : PetrarchLines.of(text)) {
      String s = l.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      int n = l.number();
      if (s.startsWith("---")) {
        flush(block, blockPatterns);
        blockPatterns = new ArrayList<>();
        synset = null;
        int open = s.indexOf('[');
        int close = s.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
          throw new DictionaryFormatException(file, n, "verb block header needs a code: '--- VERB [code] ---', was '" + s + "'");
        }
        if (s.substring(3, open).strip().isEmpty()) {
          throw new DictionaryFormatException(file, n, "verb block header needs a verb name before the code");
        }
        String[] codes = codes(file, n, s.substring(open + 1, close));
        block = new Block(s.substring(3, open).strip().replace(' ', '_').toUpperCase(Locale.ROOT), file, codes[0], codes[1]);
      } else if (s.startsWith("~")) {
        // PETRARCH2 transformation "~ a (a b ATTACK) SAY = a b 015".
        synset = null;
        transformation(file, n, s);
      } else if (s.startsWith("&")) {
        Matcher m = SYNSET_NAME.matcher(s);
        if (!m.lookingAt() || !s.substring(m.end()).isBlank()) {
          throw new DictionaryFormatException(file, n, "synset header must be '&NAME' in capitals, was '" + s + "'");
        }
        synset = synsetName(s);
        if (synsetMembers.containsKey(synset)) {
          throw new DictionaryFormatException(file, n, "synset &" + synset + " defined twice (first at line " + synsetLines.get(synset) + ")");
        }
        synsetMembers.put(synset, new ArrayList<>());
        synsetLines.put(synset, n);
      } else if (s.startsWith("+") && synset != null) {
        String member = s.substring(1).strip();
        if (member.isEmpty() || member.contains("[") || member.contains("*")) {
          throw new DictionaryFormatException(file, n, "synset member must be words or a &SYNSET, was '" + s + "'");
        }
        synsetMembers.get(synset).add(member);
      } else if (s.startsWith("-")) {
        synset = null;
        if (block == null) {
          throw new DictionaryFormatException(file, n, "pattern outside a '--- VERB [code] ---' block");
        }
        blockPatterns.add(new PatternLine(file, n, s.substring(1).strip()));
      } else {
        synset = null;
        if (block == null) {
          throw new DictionaryFormatException(file, n, "verb line outside a '--- VERB [code] ---' block: '" + s + "'");
        }
        block.verbs.add(verb(file, n, s, block));
      }
    }
    flush(block, blockPatterns);
  }

  private void flush(Block block, List<PatternLine> patterns) {
    if (block == null) {
      return;
    }
    Set<String> cls = new HashSet<>();
    block.verbs.forEach(v -> cls.addAll(v.forms()));
    verbClasses.merge(block.name, cls, (x, y) -> {
      Set<String> u = new HashSet<>(x);
      u.addAll(y);
      return u;
    });
    for (Verb v : block.verbs) {
      if (v.before().isEmpty() && v.after().isEmpty()) {
        verbClasses.merge(v.forms().iterator().next().toUpperCase(Locale.ROOT), cls, (x, y) -> {
          Set<String> u = new HashSet<>(x);
          u.addAll(y);
          return u;
        });
      }
    }
    for (PatternLine p : patterns) {
      String file = p.file();
      int line = p.line();
      String body = p.body();
      int open = body.lastIndexOf('[');
      int close = body.lastIndexOf(']');
      if (open < 0 || close < open) {
        throw new DictionaryFormatException(file, line, "pattern needs a code in brackets: '- words * words [code]'");
      }
      if (!body.substring(close + 1).isBlank()) {
        throw new DictionaryFormatException(file, line, "text after the pattern's code: '" + body.substring(close + 1).strip() + "'");
      }
      String[] codes = codes(file, line, body.substring(open + 1, close));
      String words = body.substring(0, open).strip();
      if (words.indexOf('[') >= 0) {
        throw new DictionaryFormatException(file, line, "pattern has more than one code");
      }
      elements(file, line, words, true);
      raw.add(new RawPattern(file, line, words, codes[0], codes[1], List.copyOf(block.verbs)));
    }
    for (Verb v : block.verbs) {
      String code = v.code() != null ? v.code() : block.code;
      String reverse = v.code() != null ? v.reverse() : block.reverse;
      raw.add(new RawPattern(block.file, v.line(), "*", code, reverse, List.of(v)));
    }
  }

  /** Primary and reverse code of {@code CODE}, {@code CODE:CODE}, {@code :CODE} or {@code ---}; null for none. */
  private String[] codes(String file, int line, String spec) {
    String s = spec.strip();
    if (s.isEmpty()) {
      throw new DictionaryFormatException(file, line, "empty code '[]'");
    }
    int colon = s.indexOf(':');
    String a = colon < 0 ? s : s.substring(0, colon).strip();
    String b = colon < 0 ? null : s.substring(colon + 1).strip();
    return new String[] {code(file, line, a, colon >= 0), b == null ? null : code(file, line, b, true)};
  }

  /**
   * One code: CAMEO-shaped codes are kept, {@code ---} and
   * an empty half of {@code :173} code nothing; PETRARCH's markers ({@code +++}, {@code ###}),
   * uncertain codes ({@code 025?}) and other non-numeric codes make the line code nothing, with a
   * warning, as PETRARCH cannot read them either.
   */
  private String code(String file, int line, String c, boolean mayBeEmpty) {
    String s = c.strip().toUpperCase(Locale.ROOT);
    if (s.isEmpty()) {
      if (mayBeEmpty) {
        return VerbPattern.NO_EVENT;
      }
      throw new DictionaryFormatException(file, line, "empty code");
    }
    if (s.equals("---")) {
      return VerbPattern.NO_EVENT;
    }
    if (CODE.matcher(s).matches()) {
      return s;
    }
    if (s.contains(" ") || s.contains("[") || s.contains("]")) {
      throw new DictionaryFormatException(file, line, "bad code '" + c + "'");
    }
    warnings.add(file + ":" + line + ": code '" + c + "' is not a CAMEO code; the line is ignored");
    return null;
  }

  private Verb verb(String file, int line, String s, Block block) {
    String rest = s;
    String code = null;
    String reverse = null;
    int open = rest.indexOf('[');
    if (open >= 0) {
      int close = rest.indexOf(']', open);
      if (close < 0) {
        throw new DictionaryFormatException(file, line, "unclosed '[' in verb line");
      }
      String[] codes = codes(file, line, rest.substring(open + 1, close));
      code = codes[0] == null ? VerbPattern.NO_EVENT : codes[0];
      reverse = codes[1];
      rest = rest.substring(0, open) + " " + rest.substring(close + 1);
    }
    List<String> forms = new ArrayList<>();
    int brace = rest.indexOf('{');
    if (brace >= 0) {
      int end = rest.indexOf('}', brace);
      if (end < 0) {
        throw new DictionaryFormatException(file, line, "unclosed '{' in verb line");
      }
      for (String f : rest.substring(brace + 1, end).strip().split("\\s+")) {
        if (!f.isEmpty()) {
          forms.add(verbWord(file, line, f));
        }
      }
      rest = rest.substring(0, brace) + " " + rest.substring(end + 1);
    }
    if (rest.indexOf('}') >= 0 || rest.indexOf(']') >= 0) {
      throw new DictionaryFormatException(file, line, "unbalanced bracket in verb line");
    }
    List<Element> all = elements(file, line, rest.strip(), false);
    int verbAt = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).text().startsWith("+")) {
        if (verbAt >= 0) {
          throw new DictionaryFormatException(file, line, "verb line marks two words as the verb with '+'");
        }
        verbAt = i;
      }
    }
    if (all.isEmpty()) {
      throw new DictionaryFormatException(file, line, "empty verb line");
    }
    if (verbAt < 0) {
      verbAt = 0;
    }
    Set<String> triggerForms = new LinkedHashSet<>();
    triggerForms.add(word(file, line, all.get(verbAt).text().replace("+", "")));
    triggerForms.addAll(forms);
    for (Element e : all) {
      if (e.isMarker() || e.text().equals("*") || e.text().startsWith("&")) {
        throw new DictionaryFormatException(file, line, "verb line may hold only words, was '" + s + "'");
      }
    }
    List<Element> before = List.copyOf(all.subList(0, verbAt));
    List<Element> after = all.subList(verbAt + 1, all.size()).stream().map(e -> new Element(e.text(), true, e.exact())).toList();
    return new Verb(triggerForms, before, after, code, reverse, line);
  }

  private static String verbWord(String file, int line, String f) {
    String w = f.strip();
    int plus = w.indexOf('+');
    if (plus >= 0) {
      // {+BREAKS_DOWN +BROKE_DOWN}: the form of the verb is the word marked with '+'.
      String tail = w.substring(plus + 1);
      int us = tail.indexOf('_');
      w = us < 0 ? tail : tail.substring(0, us);
    } else if (w.contains("_")) {
      w = w.substring(0, w.indexOf('_'));
    }
    return word(file, line, w);
  }

  private static String word(String file, int line, String w) {
    String s = w.strip();
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty() || s.chars().anyMatch(c -> Character.isWhitespace(c) || "[]{}()*&$%^".indexOf(c) >= 0)) {
      throw new DictionaryFormatException(file, line, "bad word '" + w + "'");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static String synsetName(String s) {
    String name = s.strip().substring(1);
    while (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  /**
   * Splits pattern text into elements. Chunks are separated by blanks; inside a chunk '_' joins
   * words that must be adjacent in the text; a trailing '_' asks for the exact word form.
   * PETRARCH2's grouping brackets ({@code (PP)}, {@code {NP}}) are read as plain word order.
   */
  private List<Element> elements(String file, int line, String text, boolean isPattern) {
    // "(TO SANCTIONS)": the first word of a PETRARCH2 prepositional phrase keeps a '(' mark.
    String flat = isPattern ? text.replace(')', ' ').replace('{', ' ').replace('}', ' ').replaceAll("\\(\\s*", " (") : text;
    List<Element> out = new ArrayList<>();
    int stars = 0;
    // "*SCEPTICAL" (a missing blank in CAMEO.2.0.txt) reads as "* SCEPTICAL".
    flat = isPattern ? flat.replaceAll("\\*(?=[A-Za-z&])", "* ").replaceAll("(?<=[A-Za-z])\\*", " *") : flat;
    for (String chunk : flat.split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      boolean exactChunk = chunk.endsWith("_") && chunk.length() > 1;
      String[] parts = chunk.split("_", -1);
      boolean first = true;
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        if (p.isEmpty()) {
          continue;
        }
        boolean opensPhrase = false;
        if (isPattern && p.startsWith("(")) {
          p = p.substring(1);
          opensPhrase = true;
          if (p.isEmpty()) {
            continue;
          }
        }
        if (p.startsWith("&")) {
          // Synset names may hold '_' (&FIGHT_OF_WORDS): take the longest defined name here.
          for (int k = parts.length - 1; k > i; k--) {
            String joined = String.join("_", java.util.Arrays.asList(parts).subList(i, k + 1));
            if (synsetMembers.containsKey(synsetName(joined))) {
              p = joined;
              i = k;
              break;
            }
          }
        }
        if (!isPattern && p.startsWith("+")) {
          out.add(new Element(p, !first, false));
          first = false;
          continue;
        }
        if (p.equals("*")) {
          stars++;
        } else if (!(p.equals("$") || p.equals("+") || p.equals("%") || p.equals("^"))) {
          if (p.startsWith("&")) {
            if (!SYNSET_NAME.matcher(p).matches()) {
              throw new DictionaryFormatException(file, line, "bad synset reference '" + p + "'");
            }
          } else if (p.chars().anyMatch(c -> "[]{}()*$%^&+".indexOf(c) >= 0)) {
            throw new DictionaryFormatException(file, line, "bad word '" + p + "' in '" + text + "'");
          }
        }
        boolean exact = exactChunk && i == parts.length - 2 && !p.startsWith("&");
        boolean preposition = opensPhrase && PREPOSITIONS.contains(p.toLowerCase(Locale.ROOT));
        out.add(new Element(p, !first, exact, preposition));
        first = false;
      }
    }
    if (isPattern && stars != 1) {
      throw new DictionaryFormatException(file, line, "pattern needs exactly one '*' for the verb, has " + stars);
    }
    return out;
  }

  /** A pattern names a synset that no line defines. */
  private static final class UndefinedSynset extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndefinedSynset(String name) {
      super(name, null, false, false);
    }
  }

  /** The verb patterns, once every synset is known. */
  List<VerbPattern> patterns() {
    Map<String, List<List<String>>> expanded = new HashMap<>();
    List<VerbPattern> out = new ArrayList<>();
    // PETRARCH keeps a block's patterns in a tree keyed by their words, so a pattern written twice
    // in one block ("- * &INVESTIGATION [091]" ... "- * &INVESTIGATION [1014]") codes as written last.
    Map<String, RawPattern> lastOfText = new HashMap<>();
    for (RawPattern r : raw) {
      if (!r.text().equals("*")) {
        lastOfText.put(sameWords(r), r);
      }
    }
    for (RawPattern r : raw) {
      if (!r.text().equals("*") && lastOfText.get(sameWords(r)) != r) {
        continue;
      }
      if (r.code() == null || (r.reverse() == null && r.code().equals(VerbPattern.NO_EVENT) && r.text().equals("*"))) {
        continue;
      }
      if (r.verbs().isEmpty()) {
        warnings.add(r.file() + ":" + r.line() + ": pattern in a block without verbs is ignored");
        continue;
      }
      List<Element> els = r.text().equals("*") ? List.of(new Element("*", false, false)) : elements(r.file(), r.line(), r.text(), true);
      // Verbs written alone share one pattern; verbs written with other words need their own.
      List<Verb> simple = r.verbs().stream().filter(v -> v.before().isEmpty() && v.after().isEmpty()).toList();
      List<List<Verb>> groups = new ArrayList<>();
      if (!simple.isEmpty()) {
        groups.add(simple);
      }
      r.verbs().stream().filter(v -> !simple.contains(v)).forEach(v -> groups.add(List.of(v)));
      try {
        for (List<Verb> group : groups) {
          out.add(build(r, els, group, expanded));
        }
      } catch (UndefinedSynset e) {
        // CAMEO.2.0.txt uses &WEATHER and &DEMONSTRATION without defining them.
        warnings.add(r.file() + ":" + r.line() + ": undefined synset &" + e.getMessage() + "; the pattern is ignored");
      }
    }
    return out;
  }

  /** The block (its file and first verb) and the pattern's words, blanks and case aside. */
  private static String sameWords(RawPattern r) {
    int block = r.verbs().isEmpty() ? -1 : r.verbs().get(0).line();
    return r.file() + "\u0000" + block + "\u0000" + r.text().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private VerbPattern build(RawPattern r, List<Element> els, List<Verb> verbs, Map<String, List<List<String>>> expanded) {
    String origin = r.file() + ":" + r.line();
    int star = 0;
    while (!els.get(star).text().equals("*")) {
      star++;
    }
    Verb v0 = verbs.get(0);
    List<Element> before = new ArrayList<>(els.subList(0, star));
    before.addAll(v0.before());
    List<Element> after = new ArrayList<>();
    for (int i = 0; i < v0.after().size(); i++) {
      Element e = v0.after().get(i);
      after.add(new Element(e.text(), true, e.exact()));
    }
    boolean starJoinedToNext = star + 1 < els.size() && els.get(star + 1).joinedToPrevious();
    for (int i = star + 1; i < els.size(); i++) {
      Element e = els.get(i);
      boolean joined = i == star + 1 ? (v0.after().isEmpty() && starJoinedToNext) || !v0.after().isEmpty() && e.joinedToPrevious() : e.joinedToPrevious();
      after.add(new Element(e.text(), joined, e.exact(), e.preposition()));
    }
    boolean starJoinedToPrevious = els.get(star).joinedToPrevious() || !v0.before().isEmpty();
    String targetSlot = null;
    String sourceSlot = null;
    // Markers before the verb: '+' and '%' put the target in the subject, '$' keeps the source there.
    for (Element e : before) {
      if (e.text().equals("+") || e.text().equals("%")) {
        targetSlot = "nsubj";
      }
    }
    String prevWord = null;
    boolean wordsBetween = false;
    boolean skipped = false;
    for (Element e : after) {
      String t = e.text();
      if (t.equals("$") || t.equals("+") || t.equals("%")) {
        boolean afterPreposition = prevWord != null && PREPOSITIONS.contains(prevWord);
        // "IN ^ +": '^' skips the preposition's own noun phrase; the marker is a later argument.
        String slot = afterPreposition && skipped ? "obl!" + prevWord
            : afterPreposition ? "+" + prevWord : wordsBetween ? "obl" : "obj";
        skipped = false;
        if (t.equals("$")) {
          sourceSlot = sourceSlot == null ? slot : sourceSlot;
        } else {
          targetSlot = targetSlot == null ? slot : targetSlot;
        }
      } else if (t.equals("^")) {
        skipped = true;
      } else {
        prevWord = t.toLowerCase(Locale.ROOT);
        wordsBetween = true;
        skipped = false;
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    List<SequenceWord> b = sequence(r, before, expanded, false, starJoinedToPrevious);
    if (!b.isEmpty()) {
      constraints.add(new Constraint(Constraint.Kind.BEFORE, null, Set.of(), b));
    }
    List<SequenceWord> a = sequence(r, after, expanded, true, false);
    if (!a.isEmpty()) {
      constraints.add(new Constraint(Constraint.Kind.AFTER, null, Set.of(), a));
    }
    Set<String> triggers = new LinkedHashSet<>();
    verbs.forEach(v -> triggers.addAll(v.forms()));
    String code = r.code();
    String reverse = r.reverse() == null || r.reverse().equals(VerbPattern.NO_EVENT) ? null : r.reverse();
    String text = r.text().equals("*") ? String.join("|", triggers) : "- " + r.text() + " [" + code + (reverse == null ? "" : ":" + reverse) + "]";
    return new VerbPattern(code, triggers, VerbPattern.TriggerPos.VERB, constraints, targetSlot, text, origin, sourceSlot, reverse);
  }

  /**
   * The words of one side as a sequence. Markers are dropped; adjacency across a marker is lost.
   * For the words before the verb, an element is adjacent when joined to its right neighbour (or
   * to the verb); for those after, when joined to its left neighbour (or to the verb).
   */
  private List<SequenceWord> sequence(RawPattern r, List<Element> els, Map<String, List<List<String>>> expanded,
      boolean afterVerb, boolean lastJoinedToVerb) {
    List<SequenceWord> out = new ArrayList<>();
    for (int i = 0; i < els.size(); i++) {
      Element e = els.get(i);
      if (e.isMarker()) {
        continue;
      }
      boolean adjacent;
      if (afterVerb) {
        adjacent = e.joinedToPrevious() && (i == 0 || !els.get(i - 1).isMarker());
      } else {
        boolean nextJoined = i + 1 < els.size() ? els.get(i + 1).joinedToPrevious() && !els.get(i + 1).isMarker() : lastJoinedToVerb;
        adjacent = nextJoined;
      }
      List<List<String>> alternatives;
      if (e.text().startsWith("&")) {
        alternatives = expand(r, synsetName(e.text()), expanded, new HashSet<>());
      } else if (e.text().contains("/")) {
        // "(BY/WITH PROTESTS)": either word.
        List<List<String>> alts = new ArrayList<>();
        for (String w : e.text().split("/")) {
          if (!w.isEmpty()) {
            alts.add(List.of(word(r.file(), r.line(), w)));
          }
        }
        if (alts.isEmpty()) {
          throw new DictionaryFormatException(r.file(), r.line(), "bad word '" + e.text() + "'");
        }
        alternatives = alts;
      } else {
        alternatives = List.of(List.of(word(r.file(), r.line(), e.text())));
      }
      // PETRARCH compares word forms: "* EFFORT" does not match "efforts" (synsets list their plurals).
      out.add(new SequenceWord(alternatives, adjacent, true, e.preposition()));
    }
    return out;
  }

  private List<List<String>> expand(RawPattern r, String name, Map<String, List<List<String>>> expanded, Set<String> visiting) {
    List<List<String>> done = expanded.get(name);
    if (done != null) {
      return done;
    }
    List<String> members = synsetMembers.get(name);
    if (members == null) {
      throw new UndefinedSynset(name);
    }
    if (!visiting.add(name)) {
      throw new DictionaryFormatException(r.file(), r.line(), "synset &" + name + " contains itself");
    }
    List<List<String>> out = new ArrayList<>();
    String file = r.file();
    for (String m : members) {
      if (m.startsWith("&")) {
        out.addAll(expand(r, synsetName(m), expanded, visiting));
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : m.split("[\\s_]+")) {
        if (!w.isEmpty()) {
          words.add(word(file, synsetLines.get(name), w));
        }
      }
      if (!words.isEmpty()) {
        out.add(words);
        if (!m.strip().endsWith("_")) {
          // PETRARCH adds the regular plural of a synset noun unless it ends in '_' (+CASH_).
          List<String> plural = new ArrayList<>(words);
          plural.set(plural.size() - 1, AgentFileReader.plural(plural.get(plural.size() - 1)));
          if (!plural.equals(words)) {
            out.add(plural);
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new DictionaryFormatException(file, synsetLines.get(name), "synset &" + name + " has no members");
    }
    visiting.remove(name);
    List<List<String>> frozen = List.copyOf(out);
    expanded.put(name, frozen);
    return frozen;
  }
}
