package org.vigil.coding.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import org.vigil.coding.dictionary.DictionaryFormatException;
import org.vigil.coding.dictionary.IssueTags;

/**
 * Reads a PETRARCH issue file: {@code <ISSUE CATEGORY="..." TYPE="...">} blocks of
 * {@code phrase [ISSUE_CODE]} lines and {@code ~phrase} exclusions, which become {@link IssueTags}:
 * words separated by spaces stand next to each other, {@code n:word} is the noun and its regular
 * plural, {@code pre+school} is the parts written together, hyphenated or apart. Not thread-safe:
 * one reader per load.
 */
final class IssueFileReader {
  private static final Pattern OPEN = Pattern.compile("<ISSUE\\s+CATEGORY=\"([^\"]+)\"(\\s+TYPE=\"[^\"]*\")?\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE = Pattern.compile("(.+?)\\s*\\[([A-Za-z0-9_\\-]+)\\].*");

  /** One issue phrase. */
  record Issue(String category, String phrase, String code) {}

  final List<Issue> issues = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  /** The phrases read, as issues to find in sentences. */
  IssueTags compiled() {
    List<IssueTags.Phrase> out = new ArrayList<>();
    for (Issue i : issues) {
      List<List<String>> words = new ArrayList<>();
      List<Boolean> nouns = new ArrayList<>();
      for (String w : i.phrase().replace('_', ' ').strip().split("\\s+")) {
        String lower = w.toLowerCase(Locale.ROOT);
        words.add(forms(lower));
        // "n:train", "pre+n:school": the word (its last part) is a noun.
        nouns.add(lower.startsWith("n:") || lower.contains("+n:"));
      }
      out.add(new IssueTags.Phrase(words, nouns, i.code()));
    }
    return new IssueTags(out);
  }

  /** The forms of one written word: {@code n:} adds the plural, {@code +} joins parts three ways. */
  private static List<String> forms(String word) {
    List<String> acc = List.of("");
    List<String> seps = List.of("");
    for (String part : word.split("\\+")) {
      List<String> partForms = part.startsWith("n:")
          ? List.of(part.substring(2), AgentFileReader.plural(part.substring(2)))
          : List.of(part);
      List<String> next = new ArrayList<>();
      for (String a : acc) {
        for (String sep : seps) {
          for (String f : partForms) {
            if (!f.isEmpty() && !next.contains(a + sep + f)) {
              next.add(a + sep + f);
            }
          }
        }
      }
      acc = next;
      seps = List.of("", "-", " ");
    }
    return acc;
  }

  void read(String file, String text) {
    String category = null;
    for (PetrarchLines.Line l : PetrarchLines.of(text)) {
      String s = l.text().strip();
      if (s.isEmpty()) {
        continue;
      }
      int n = l.number();
      Matcher open = OPEN.matcher(s);
      if (open.matches()) {
        if (category != null) {
          throw new DictionaryFormatException(file, n, "<ISSUE> inside issue " + category + "; close it with </ISSUE>");
        }
        category = open.group(1);
      } else if (s.equalsIgnoreCase("</ISSUE>")) {
        if (category == null) {
          // Phoenix closes SHORTAGE twice; a second close changes nothing.
          warnings.add(file + ":" + n + ": </ISSUE> without <ISSUE> is ignored");
        }
        category = null;
      } else if (s.startsWith("<")) {
        throw new DictionaryFormatException(file, n, "unknown tag '" + s + "'");
      } else if (category == null) {
        throw new DictionaryFormatException(file, n, "issue phrase outside an <ISSUE> block");
      } else if (s.startsWith("~")) {
        issues.add(new Issue(category, s.substring(1).strip(), null));
      } else {
        Matcher m = LINE.matcher(s);
        if (m.matches()) {
          issues.add(new Issue(category, m.group(1), m.group(2)));
        } else if (s.indexOf('[') >= 0 || s.indexOf(']') >= 0) {
          throw new DictionaryFormatException(file, n, "issue line must be 'phrase [CODE]', 'phrase' or '~phrase', was '" + s + "'");
        } else {
          // A phrase without a code codes the block's category.
          issues.add(new Issue(category, s, category));
        }
      }
    }
  }
}
