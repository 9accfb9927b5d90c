package org.vigil.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.dictionary.DictionaryFormatException;

/**
 * Reads a PETRARCH issue file: {@code <ISSUE CATEGORY="..." TYPE="...">} blocks of
 * {@code phrase [ISSUE_CODE]} lines and {@code ~phrase} exclusions. The issues are checked and
 * counted; Vigil does not attach them to events yet (see {@code docs/PETRARCH.md}). Not
 * thread-safe: one reader per load.
 */
final class IssueFileReader {
  private static final Pattern OPEN = Pattern.compile("<ISSUE\\s+CATEGORY=\"([^\"]+)\"(\\s+TYPE=\"[^\"]*\")?\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE = Pattern.compile("(.+?)\\s*\\[([A-Za-z0-9_\\-]+)\\].*");

  /** One issue phrase. */
  record Issue(String category, String phrase, String code) {}

  final List<Issue> issues = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

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
