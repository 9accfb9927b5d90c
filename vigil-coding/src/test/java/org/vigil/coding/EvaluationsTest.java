package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Token;

/** The evaluative lexicon and the triage's cheap test for criticism in reported speech (issue 11). */
final class EvaluationsTest {

  @Test
  void theLexiconHasItsThreeClassesAndKeepsEachWordInItsOwn() {
    assertThat(Evaluations.LEXICON).containsOnlyKeys("adjective", "noun", "verb");
    assertThat(Evaluations.LEXICON.get("adjective")).contains("illegal", "unconstitutional", "hostile");
    assertThat(Evaluations.LEXICON.get("noun")).contains("aggression", "aggressor", "violation");
    assertThat(Evaluations.LEXICON.get("verb")).contains("undermine").doesNotContain("illegal");
    // words of a situation rather than of an actor, and event nouns with patterns of their own
    assertThat(Evaluations.LEXICON.values()).noneMatch(s -> s.contains("dangerous") || s.contains("attack"));
  }

  @Test
  void theLexiconIsTheSeedsExpandedAlongWordNetsLinks() {
    // antonyms of the positive seeds ("moral" -> "immoral", "democratic" -> "undemocratic"), their
    // satellites ("unwarranted" of "unjustified"), nouns derived from the adjectives (round 11)
    assertThat(Evaluations.LEXICON.get("adjective")).contains("immoral", "undemocratic", "unwarranted")
        .doesNotContain("moral", "legal", "fair");
    assertThat(Evaluations.LEXICON.get("noun")).contains("illegality", "immorality", "cruelness");
    // a word taken in a rare sense only ("black" and "hot" are satellites of "illegal"), a seed's
    // looser neighbours ("bold" of "aggressive") and force ("crush" of "repress") are not
    assertThat(Evaluations.LEXICON.get("adjective")).doesNotContain("black", "hot", "bold", "opposing", "dangerous");
    assertThat(Evaluations.LEXICON.get("verb")).doesNotContain("crush", "subdue", "quash");
  }

  @Test
  void aVerbOfSayingAndAnEvaluativeWordOfItsClassMayBeCriticism() {
    assertThat(Evaluations.mayEvaluate(tokens("Poland/NNP/poland said/VBD/say the/DT/the blockade/NN/blockade"
        + " was/VBD/be illegal/JJ/illegal"))).isTrue();
    assertThat(Evaluations.mayEvaluate(tokens("Poland/NNP/poland said/VBD/say Minsk/NNP/minsk is/VBZ/be"
        + " the/DT/the aggressor/NN/aggressor"))).isTrue();
  }

  @Test
  void withoutSayingOrWithAPositiveWordOrTheWrongClassItIsNot() {
    assertThat(Evaluations.mayEvaluate(tokens("the/DT/the blockade/NN/blockade was/VBD/be illegal/JJ/illegal")))
        .isFalse();
    assertThat(Evaluations.mayEvaluate(tokens("Poland/NNP/poland said/VBD/say Hungary/NNP/hungary is/VBZ/be"
        + " a/DT/a good/JJ/good partner/NN/partner"))).isFalse();
    // "Aggressor" as a proper noun (a ship's name) is no evaluation
    assertThat(Evaluations.mayEvaluate(tokens("Poland/NNP/poland said/VBD/say the/DT/the Aggressor/NNP/aggressor"
        + " sailed/VBD/sail"))).isFalse();
  }

  @Test
  void anotherSectorOfTheSpeakersCountryIsAnotherSide() {
    // an opposition lawmaker on the government, a rights group on the police (issue 11, round 6)
    assertThat(Evaluations.sameSide(mention("KENOPP", "KEN", "OPP"), mention("KENGOV", "KEN", "GOV"))).isFalse();
    assertThat(Evaluations.sameSide(mention("PAKCVL", "PAK", "CVL"), mention("PAKCOP", "PAK", "COP"))).isFalse();
    // the same code, the same sector, or a bare country on one side: the speaker's own side
    assertThat(Evaluations.sameSide(mention("KENGOV", "KEN", "GOV"), mention("KENGOV", "KEN", "GOV"))).isTrue();
    assertThat(Evaluations.sameSide(mention("KENGOVX", "KEN", "GOV"), mention("KENGOV", "KEN", "GOV"))).isTrue();
    assertThat(Evaluations.sameSide(mention("KENGOV", "KEN", "GOV"), mention("KEN", "KEN", null))).isTrue();
    assertThat(Evaluations.sameSide(mention("RUS", "RUS", ""), mention("RUSMIL", "RUS", "MIL"))).isTrue();
    // another country
    assertThat(Evaluations.sameSide(mention("KENGOV", "KEN", "GOV"), mention("SOMGOV", "SOM", "GOV"))).isFalse();
  }

  private static Mention mention(String code, String country, String sector) {
    return new Mention(0, 0, 1, code, country, sector, code, List.of(), List.of(), false, false);
  }

  /** Tokens written word/TAG/lemma, separated by spaces (also {@link QuotesTest}'s). */
  static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String part : tagged.split(" ")) {
      String[] f = part.split("/");
      out.add(new Token(out.size(), f[0], f[2], f[1], "O", offset, offset + f[0].length()));
      offset += f[0].length() + 1;
    }
    return out;
  }
}
