package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/** A small gazetteer and hand-built sentences for tests. */
final class TestGazetteer {
  private TestGazetteer() {}

  static Gazetteer gazetteer() {
    return Gazetteer.builder()
        .country(new Country("AF", "AFG", "Afghanistan", List.of("Islamic Republic of Afghanistan"), List.of("Afghan"), 33, 65,
            Set.of("TJK", "UZB"), "Kabul"))
        .country(new Country("TJ", "TJK", "Tajikistan", List.of(), List.of("Tajik"), 39, 71, Set.of("AFG", "UZB"), "Dushanbe"))
        .country(new Country("UZ", "UZB", "Uzbekistan", List.of(), List.of("Uzbek"), 41, 64, Set.of("AFG", "TJK"), "Tashkent"))
        .country(new Country("US", "USA", "United States", List.of("U.S."), List.of("American"), 38, -97, Set.of(), "Washington"))
        .country(new Country("CZ", "CZE", "Czechia", List.of("Czech Republic"), List.of("Czech"), 49.75, 15.5, Set.of(), "Prague"))
        .country(new Country("GB", "GBR", "United Kingdom", List.of("Britain"), List.of("British"), 54, -2, Set.of(), "London"))
        .region(new Region("AF.03", "AFG", "Baghlan", List.of(), 35.8, 68.9, 190_000))
        .region(new Region("US.OK", "USA", "Oklahoma", List.of("Okla."), 35.5, -96.9, 3_000_000))
        .region(new Region("US.MS", "USA", "Mississippi", List.of("Miss."), 32.7, -89.7, 2_500_000))
        .place(place(1132495, "Nahrīn", "PPLA2", "AFG", "AF.03", "Baghlan", 36.0649, 69.13343, 22363), "Nahrin")
        .place(place(1147540, "Baghlān", "PPLA2", "AFG", "AF.03", "Baghlan", 36.13068, 68.70829, 108449), "Baghlan")
        .place(place(1, "Sherkhan Bandar", "PPL", "AFG", null, null, 37.19, 68.60, 3000))
        .place(place(1221874, "Dushanbe", "PPLC", "TJK", null, null, 38.53575, 68.77905, 679400), "Dusanbe")
        .place(place(2, "Panj", "PPL", "TJK", null, null, 37.24, 69.10, 8000))
        .place(place(3067696, "Prague", "PPLC", "CZE", null, null, 50.08804, 14.42076, 1165581), "Praha")
        .place(place(4548393, "Prague", "PPL", "USA", "US.OK", "Oklahoma", 35.48674, -96.68502, 2453))
        .place(place(2640729, "Oxford", "PPLA2", "GBR", null, null, 51.75222, -1.25596, 171380))
        .place(place(4440076, "Oxford", "PPLA2", "USA", "US.MS", "Mississippi", 34.3665, -89.51925, 22314))
        .place(place(169577, "Homs", "PPLA", "SYR", null, null, 34.72682, 36.72339, 775404))
        .place(place(170063, "Aleppo", "PPLA", "SYR", null, null, 36.20124, 37.16117, 1602264))
        .build();
  }

  static Place place(long id, String name, String feature, String country, String admin1Key, String admin1, double lat,
      double lon, long population) {
    return new Place(id, name, feature, country, admin1Key, admin1, lat, lon, population);
  }

  /**
   * A sentence from {@code word|POS|NER|lemma} tokens separated by spaces (NER and lemma may be left out), with
   * dependencies written {@code relation:gov:dep} (0-based; gov -1 for the root).
   */
  static Sentence sentence(int index, int offset, String tokens, String... dependencies) {
    List<Token> toks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String spec : tokens.split(" ")) {
      String[] f = spec.split("\\|");
      if (text.length() > 0 && !f[0].equals(",") && !f[0].equals(".") && !f[0].equals("'s")) {
        text.append(' ');
      }
      int begin = offset + text.length();
      text.append(f[0]);
      String lemma = f.length > 3 ? f[3] : f[0].toLowerCase(java.util.Locale.ROOT).replaceAll("ed$", "");
      toks.add(new Token(toks.size(), f[0], lemma,
          f.length > 1 ? f[1] : "NN", f.length > 2 ? f[2] : "O", begin, begin + f[0].length()));
    }
    List<Dependency> deps = new ArrayList<>();
    for (String d : dependencies) {
      int last = d.lastIndexOf(':');
      int middle = d.lastIndexOf(':', last - 1);
      deps.add(new Dependency(d.substring(0, middle), Integer.parseInt(d.substring(middle + 1, last)),
          Integer.parseInt(d.substring(last + 1))));
    }
    return new Sentence(index, text.toString(), offset, offset + text.length(), toks, deps, List.of());
  }

  static AnnotatedArticle article(Sentence... sentences) {
    StringBuilder text = new StringBuilder();
    for (Sentence s : sentences) {
      while (text.length() < s.begin()) {
        text.append(' ');
      }
      text.append(s.text());
    }
    return new AnnotatedArticle(new Article("a1", java.time.LocalDate.of(2021, 7, 8), "", text.toString(), "", ""),
        List.of(sentences));
  }
}
