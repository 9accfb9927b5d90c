package org.vigil.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Plain text from HTML fragments: block elements become paragraphs, markup goes. Stateless. */
final class HtmlText {

  private HtmlText() {}

  /** {@code value} as plain text: parsed as HTML unless {@code type} says it is text. */
  static String of(String value, String type) {
    if (value == null || value.isBlank()) {
      return "";
    }
    if (type != null && type.equalsIgnoreCase("text") && value.indexOf('<') < 0) {
      return value.strip();
    }
    return paragraphs(Jsoup.parseBodyFragment(value).body());
  }

  /** A short string (a title) with any markup and entities removed, on one line. */
  static String plain(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return Jsoup.parseBodyFragment(value).text().strip();
  }

  /** The text of {@code root}, one paragraph per block element, paragraphs separated by a blank line. */
  static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    collect(root, out, current);
    flush(out, current);
    return String.join("\n\n", out);
  }

  private static void collect(Node node, List<String> out, StringBuilder current) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        current.append(t.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style")) {
          continue;
        }
        if (tag.equals("br")) {
          current.append(' ');
          continue;
        }
        boolean block = e.isBlock() || tag.equals("li");
        if (block) {
          flush(out, current);
        }
        collect(e, out, current);
        if (block) {
          flush(out, current);
        }
      }
    }
  }

  private static void flush(List<String> out, StringBuilder current) {
    String p = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
    current.setLength(0);
  }
}
