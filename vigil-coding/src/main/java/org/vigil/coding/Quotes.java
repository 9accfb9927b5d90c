package org.vigil.coding;

import java.util.List;
import java.util.Locale;
import org.vigil.core.text.Token;

/**
 * Where a sentence's quotations are (issue 11, round 11): news attributes a quote once and lets it
 * run on over the next sentences ("“No one should be held there,” she added. “The ministry must stop
 * these transfers.”"), so a sentence's words may lie inside a quotation opened before it. Curly
 * quotes and CoreNLP's {@code ``}/{@code ''} say which way they go; straight quotes alternate.
 * Stateless.
 */
final class Quotes {
  private Quotes() {}

  /** The actor a quotation is attributed to, and the word its attribution named it by ("Sepulveda", "she"). */
  record Speaker(Mention mention, String word) {
  }

  /**
   * Whether a sentence the triage left unparsed is a quotation attributed again to the same speaker
   * ("“...,” Jones added" after "..., said Mary Jones"; "“...,” she said" after "..., she said"):
   * outside the quotation only a verb of saying and the word the attribution named the speaker by.
   */
  static boolean sameSpeaker(List<Token> tokens, boolean open, Speaker speaker) {
    boolean[] in = inside(tokens, open);
    boolean said = false;
    boolean named = false;
    boolean quoted = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.word().chars().anyMatch(Character::isLetterOrDigit)) {
        continue;
      }
      if (in[i]) {
        quoted = true;
      } else if (t.isVerb() && Modalities.SPEECH.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        said = true;
      } else if (t.word().equalsIgnoreCase(speaker.word())) {
        named = true;
      } else {
        return false;
      }
    }
    return quoted && said && named;
  }

  /** Which tokens lie inside a quotation, for a sentence that starts inside one when {@code open}. */
  static boolean[] inside(List<Token> tokens, boolean open) {
    boolean[] out = new boolean[tokens.size()];
    boolean in = open;
    for (int i = 0; i < tokens.size(); i++) {
      boolean next = after(tokens.get(i).word(), in);
      out[i] = in && next && !isQuote(tokens.get(i).word());
      in = next;
    }
    return out;
  }

  /** Whether a quotation is still open at the sentence's end. */
  static boolean openAtEnd(List<Token> tokens, boolean open) {
    boolean in = open;
    for (Token t : tokens) {
      in = after(t.word(), in);
    }
    return in;
  }

  /** Whether a quotation is open after the word {@code w}, given whether it was before. */
  private static boolean after(String w, boolean in) {
    return switch (w) {
      case "\u201c", "``" -> true;
      case "\u201d", "''" -> false;
      case "\"" -> !in;
      default -> in;
    };
  }

  private static boolean isQuote(String w) {
    return w.equals("\u201c") || w.equals("``") || w.equals("\u201d") || w.equals("''") || w.equals("\"");
  }

  /**
   * Whether the sentence, read alone, is all quotation: it has a quotation mark and every word lies
   * inside a quotation, whether or not one was open before it ("“Moscow must withdraw.”", "“Moscow
   * must withdraw.", "Moscow must withdraw.”"). Its speaker is named in another sentence, so the
   * triage ({@link EventCandidates}) counts that speaker as one more actor and the quotation as
   * speech (issue 11, round 12).
   */
  static boolean spokenElsewhere(List<Token> tokens) {
    String first = tokens.stream().map(Token::word).filter(Quotes::isQuote).findFirst().orElse(null);
    // read as starting inside a quotation only when its first mark may close one
    return first != null && (allQuoted(tokens, false)
        || !first.equals("\u201c") && !first.equals("``") && allQuoted(tokens, true));
  }

  /** Whether every word of the sentence (punctuation and quotes aside) lies inside a quotation. */
  static boolean allQuoted(List<Token> tokens, boolean open) {
    boolean[] in = inside(tokens, open);
    boolean any = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().chars().anyMatch(Character::isLetterOrDigit)) {
        if (!in[i]) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
