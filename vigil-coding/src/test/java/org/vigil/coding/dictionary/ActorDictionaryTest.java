package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Token;

final class ActorDictionaryTest {
  private static final ActorDictionary ACTORS = Dictionaries.parse("t.txt", """
      country KGZ Kyrgyzstan
        adjective Kyrgyz
      country AFG Afghanistan
        adjective Afghan
      country TUR Turkey
      country IRQ Iraq
      country TCD Chad
      org IGOCSTO Collective Security Treaty Organization
        alias Collective Security Treaty Organisation
        alias CSTO
      group SOMINSSHB al-Shabaab
      sector COP Police and security forces
        noun security personnel
      person Adama Barrow
        alias Barrow
        role GMBGOV 2017-01-19.. President
      person Mohamed Bazoum
        alias Bazoum
        role NERGOV 2021-04-02..2023-07-26 President
      """).actors();

  /** Tokens as {@link #tokens}, with the NER tag {@code ner} on the word {@code tagged}. */
  static List<Token> tagged(String text, String taggedWord, String ner) {
    return tokens(text).stream().map(t -> t.word().equals(taggedWord)
        ? new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.begin(), t.end()) : t).toList();
  }

  static List<Token> tokens(String text, String... pos) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String p = pos.length > i ? pos[i] : (Character.isUpperCase(words[i].charAt(0)) ? "NNP" : "NN");
      out.add(new Token(i, words[i], words[i].toLowerCase(), p, "O", offset, offset + words[i].length()));
      offset += words[i].length() + 1;
    }
    return out;
  }

  @Test
  void longestPhraseWins() {
    var m = ACTORS.match(tokens("the Collective Security Treaty Organisation met"));
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.begin()).isEqualTo(1);
      assertThat(x.end()).isEqualTo(5);
      assertThat(x.hits().get(0).label()).startsWith("org:IGOCSTO");
    });
  }

  @Test
  void oneTypingErrorInALongNameStillMatches() {
    var m = ACTORS.match(tokens("Kyrgystan and Afghansitan"));
    assertThat(m).extracting(x -> x.hits().get(0).label())
        .containsExactly("country:KGZ:Kyrgyzstan", "country:AFG:Afghanistan");
    assertThat(m).allMatch(ActorDictionary.Match::fuzzy);
  }

  @Test
  void namesOfFiveLettersOrMoreMatchWithinATypo() {
    assertThat(ACTORS.match(tokens("Kyrgiz"))).singleElement().satisfies(m -> assertThat(m.fuzzy()).isTrue());
    assertThat(ACTORS.match(tokens("Turkez"))).singleElement().satisfies(m -> assertThat(m.fuzzy()).isTrue());
  }

  @Test
  void namesShorterThanFiveLettersAreNotMatchedFuzzily() {
    // one typo away from CSTO, Iraq and Chad: too short for a typo to be told from another word
    assertThat(ACTORS.match(tokens("CSTA"))).isEmpty();
    assertThat(ACTORS.match(tokens("Irqa"))).isEmpty();
    assertThat(ACTORS.match(tokens("Chadd"))).isEmpty();
    // the same names spelt right are matched: the near misses fail only for the typo
    assertThat(ACTORS.match(tokens("CSTO"))).hasSize(1);
    assertThat(ACTORS.match(tokens("Iraq"))).hasSize(1);
    assertThat(ACTORS.match(tokens("Chad"))).hasSize(1);
  }

  @Test
  void lowerCaseCommonWordsAreNotCountries() {
    assertThat(ACTORS.match(tokens("roast turkey"))).isEmpty();
    assertThat(ACTORS.match(tokens("Turkey"))).hasSize(1);
  }

  @Test
  void aCapitalAnywhereInTheWordMarksAName() {
    // "tUrkey", as typed: a capital inside the word still marks a name; all lower case does not.
    assertThat(ACTORS.match(tokens("tUrkey"))).hasSize(1);
    assertThat(ACTORS.match(tokens("turkey"))).isEmpty();
  }

  @Test
  void hyphensAreIgnoredInsideNames() {
    var m = ACTORS.match(tokens("al - Shabaab fighters"));
    assertThat(m).singleElement().satisfies(x -> assertThat(x.end()).isEqualTo(3));
  }

  @Test
  void sectorNounsMatchInLowerCase() {
    var m = ACTORS.match(tokens("Afghan security personnel fled"));
    assertThat(m).extracting(x -> x.hits().get(0).label())
        .containsExactly("country:AFG:Afghan", "sector:COP:security personnel");
  }

  @Test
  void aSurnameTheNerReadsAsAPlaceIsNoOfficeHolder() {
    // Bazoum and Barrow are also towns: a lone surname tagged as a place stays a place
    assertThat(ACTORS.match(tagged("rebels attacked villages near Bazoum", "Bazoum", "CITY"))).isEmpty();
    assertThat(ACTORS.match(tagged("flooding closed roads around Barrow", "Barrow", "LOCATION"))).isEmpty();
    // near misses: the surname read as a person, or untagged, is the office holder
    assertThat(ACTORS.match(tagged("Bazoum said", "Bazoum", "PERSON")))
        .singleElement().satisfies(m -> assertThat(m.hits().get(0).label()).isEqualTo("person:Mohamed Bazoum"));
    assertThat(ACTORS.match(tokens("Barrow met envoys")))
        .singleElement().satisfies(m -> assertThat(m.hits().get(0).label()).isEqualTo("person:Adama Barrow"));
  }
}
