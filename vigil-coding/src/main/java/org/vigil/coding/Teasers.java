package org.vigil.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.text.Token;

/**
 * Lines of a web page that point to another article ("READ MORE: Britain withdraws its troops",
 * "Related: ...", "See also: ..."). Pages copied as text keep them between paragraphs; they report
 * the other article's news, not this one's, and an event coded from one gets this article's date and
 * places. A teaser is a sentence that opens with one of a few link labels followed by a colon; a
 * speaker's name before a colon ("Putin: Russia will help") is a headline, not a teaser.
 */
final class Teasers {
  /** Labels of links to other articles, lower case, words separated by one space. */
  static final Set<String> LABELS = Set.of(
      "read more", "read also", "also read", "more", "more on this", "more on this story", "see also",
      "related", "related story", "related stories", "related article", "related articles",
      "related coverage", "related content", "recommended", "recommended stories", "further reading",
      "watch", "watch more", "listen", "video", "don't miss", "do n't miss", "most read");
  /** The longest label has this many tokens. */
  private static final int LONGEST = 4;

  private Teasers() {
  }

  /** Whether the sentence's tokens open with a link label and a colon. */
  static boolean isTeaser(List<Token> tokens) {
    for (int colon = 1; colon <= Math.min(LONGEST, tokens.size() - 2); colon++) {
      if (tokens.get(colon).word().equals(":")) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < colon; i++) {
          label.append(i == 0 ? "" : " ").append(tokens.get(i).word().toLowerCase(Locale.ROOT));
        }
        return LABELS.contains(label.toString());
      }
    }
    return false;
  }
}
