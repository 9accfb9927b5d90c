package org.vigil.ingest.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text of an HTML page, found by paragraph density rather than site rules (in the
 * manner of Readability and Boilerpipe): boilerplate elements go first (scripts, navigation,
 * header, footer, asides, figures and their captions, forms, and blocks whose class, id or role
 * names navigation, sharing, related links, comments, promotions); then every paragraph scores
 * its container by its length and commas, half as much its grandparent; a container's score is
 * cut by the share of its text inside links; the best container, with those of its siblings
 * scoring at least a fifth of it, gives the text, one paragraph per line pair, leaving out
 * paragraphs that are mostly links. Stateless.
 */
final class MainText {

  /** Paragraphs shorter than this (characters) give a container no score. */
  private static final int MIN_PARAGRAPH = 25;

  private static final String DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "nav, header, footer, aside, figure, figcaption, form, button, select, input, textarea, dialog, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
      + "[aria-hidden=true], [hidden]";

  /** Class or id words of blocks that are never the article ("share", "related", "byline"). */
  private static final Pattern NEVER = Pattern.compile(
      "(^|[-_\\s])(breadcrumbs?|share|sharing|social|related|recommended|more-?stories|read-?more|comments?|disqus|"
          + "promo|advert|ads?|sponsor(ed)?|newsletter|subscribe|signup|cookie|consent|caption|credits?|byline|"
          + "author|dateline|timestamp|outbrain|taboola|skip-?link)($|[-_\\s])",
      Pattern.CASE_INSENSITIVE);

  /** Class or id words of page furniture, unless a content word comes with them ("article-header"). */
  private static final Pattern FURNITURE = Pattern.compile(
      "(^|[-_\\s])(nav|navbar|navigation|menu|masthead|header|footer|sidebar|side-?bar|popup|modal|banner|tags|"
          + "tag-?list|pagination|pager|widget|toolbar)($|[-_\\s])",
      Pattern.CASE_INSENSITIVE);

  /** Class or id words that keep a block despite a furniture word. */
  private static final Pattern CONTENT = Pattern.compile(
      "(^|[-_\\s])(article|story|content|entry|post|main|body|text)($|[-_\\s])", Pattern.CASE_INSENSITIVE);

  private MainText() {}

  /** The main text of {@code page}, paragraphs separated by a blank line; empty when there is none. */
  static String of(Document page) {
    Document doc = page.clone();
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(DROP).remove();
    removeBoilerplate(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote, div, td")) {
      if (!p.normalName().equals("p") && !p.normalName().equals("pre") && !p.normalName().equals("blockquote")
          && !hasOwnText(p)) {
        continue; // a div scores only as a paragraph when it holds text directly (sites without <p>)
      }
      String text = ownParagraphText(p);
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(s);
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    if (best == null) {
      return "";
    }
    List<Element> chosen = new ArrayList<>();
    Element parent = best.parent();
    double threshold = Math.max(3, bestScore / 5);
    if (parent == null) {
      chosen.add(best);
    } else {
      for (Element sibling : parent.children()) {
        Double s = scores.get(sibling);
        if (sibling == best || (s != null && s >= threshold)) {
          chosen.add(sibling);
        }
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element container : chosen) {
      collect(container, paragraphs);
    }
    return String.join("\n\n", paragraphs);
  }

  private static void removeBoilerplate(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      String names = e.className() + " " + e.id();
      if (!names.isBlank() && (NEVER.matcher(names).find()
          || (FURNITURE.matcher(names).find() && !CONTENT.matcher(names).find()))) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  /**
   * The paragraphs under {@code container}, in order: paragraphs, sub-headings, list items and
   * quotes whole; the text a block holds directly (sites without {@code <p>}); paragraphs that
   * are mostly links and short list items left out.
   */
  private static void collect(Element container, List<String> out) {
    if (container.normalName().equals("h1")) {
      return; // the title, which the article keeps apart
    }
    if (PARAGRAPHS.contains(container.normalName())) {
      paragraph(container, out);
      return;
    }
    String own = ownParagraphText(container);
    if (own.length() >= MIN_PARAGRAPH && linkDensity(container) <= 0.5) {
      out.add(own);
    }
    for (Element child : container.children()) {
      collect(child, out);
    }
  }

  private static final java.util.Set<String> PARAGRAPHS =
      java.util.Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd");

  private static void paragraph(Element p, List<String> out) {
    String text = clean(p.text());
    boolean heading = p.normalName().startsWith("h");
    if (text.isEmpty() || linkDensity(p) > 0.5 || (!heading && p.normalName().equals("li") && text.length() < MIN_PARAGRAPH)) {
      return;
    }
    out.add(text);
  }

  private static boolean hasOwnText(Element e) {
    return clean(e.ownText()).length() >= MIN_PARAGRAPH;
  }

  /** A paragraph's text; for a div or cell, only its own text and inline children, not its blocks. */
  private static String ownParagraphText(Element e) {
    String tag = e.normalName();
    if (!PARAGRAPHS.contains(tag) && !tag.equals("p")) {
      StringBuilder sb = new StringBuilder();
      for (org.jsoup.nodes.Node n : e.childNodes()) {
        if (n instanceof org.jsoup.nodes.TextNode t) {
          sb.append(t.text());
        } else if (n instanceof Element c && !c.isBlock()) {
          sb.append(c.text());
        }
      }
      return clean(sb.toString());
    }
    return clean(e.text());
  }

  /** The share of {@code e}'s text inside links, 0 to 1. */
  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / all);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\u060C' || c == '\uFF0C') {
        n++;
      }
    }
    return n;
  }

  private static String clean(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
