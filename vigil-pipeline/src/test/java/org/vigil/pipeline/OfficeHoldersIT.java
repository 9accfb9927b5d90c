package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 16: office holders of 2010-2024 by surname, with the built-in dictionary's dated
 * roles ("Buhari" on a 2019 article is Nigeria's government), and a one-word surname that stands in a
 * list of places ("the towns of Paoua and Bazoum") is a town, not the office holder. Near miss: the
 * same surname coordinated with a person stays the office holder. Named by the office, an office
 * holder out of office on the article's date is the office ("Egyptian President Mohamed Morsi was
 * ousted in 2013"). Real CoreNLP, built-in
 * dictionaries, sentences written for Vigil.
 */
final class OfficeHoldersIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2019-03-12 | Buhari condemned the attack on the convoy on Tuesday.                 | NGAGOV
      2018-05-02 | Duterte criticized the European Union on Wednesday.                  | PHLGOV
      2020-02-11 | Farmaajo accused Kenya of meddling in Jubaland on Monday.             | SOMGOV
      """)
  void aSurnameInOfficeOnTheDayIsItsGovernment(String day, String sentence, String source) {
    List<String> keys = Engines.keys(code(LocalDate.parse(day), sentence));
    assertThat(keys).as(sentence).anyMatch(k -> k.contains(" " + source + " -> "));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-07-01 | Rebels attacked the towns of Paoua and Bazoum on Friday.                      | NER
      2024-07-01 | Rioters attacked shops in the towns of Ulverston and Barrow on Saturday.      | GMB
      """)
  void aSurnameAmongPlacesIsNoOfficeHolder(String day, String sentence, String country) {
    List<String> keys = Engines.keys(code(LocalDate.parse(day), sentence));
    assertThat(keys).as(sentence).isNotEmpty().noneMatch(k -> k.contains(" " + country));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      2023-07-26 | Soldiers detained Bazoum and his wife at the presidential palace on Wednesday. | NERGOV
      """)
  void aSurnameBesideAPersonStaysTheOfficeHolder(String day, String sentence, String target) {
    List<String> keys = Engines.keys(code(LocalDate.parse(day), sentence));
    assertThat(keys).as(sentence).anyMatch(k -> k.contains(" -> " + target));
  }

  /**
   * Out of office on the article's date but named by the office ("Nigerian President Muhammadu Buhari
   * ... in 2018"): the office's code, not a former office holder's. Near miss: "former President".
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-06-01 | Nigerian President Muhammadu Buhari accused the rebels of killing villagers in 2018. | NGAGOV
      2024-06-01 | Tanzanian President John Magufuli ordered the arrest of opposition leaders in 2020.  | TZAGOV
      2024-06-01 | Former President Muhammadu Buhari criticized the government on Monday.              | NGAELI
      """)
  void anOfficeHolderNamedByTheOfficeIsTheOffice(String day, String sentence, String source) {
    List<String> keys = Engines.keys(code(LocalDate.parse(day), sentence));
    assertThat(keys).as(sentence).anyMatch(k -> k.contains(" " + source + " -> "));
  }

  private static List<CodedEvent> code(LocalDate day, String text) {
    return Engines.SELECTIVE.code(new Article("r16o-" + Integer.toHexString(text.hashCode()), day, "", text, null, null));
  }
}
