package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 8: targets a sentence names only inside what the act consists of — the one the
 * content of a warning, demand or promise acts on ("warned that it will exert pressure on Iran",
 * "pledged that it would send air defences to Ukraine"), and what a participle of aiming points an
 * act noun at ("conducted drills encircling Taiwan", "carried out airstrikes targeting
 * Hezbollah"). Each target carries its provenance ({@code inferred:act-content},
 * {@code inferred:act-direction}); round 9: the side a phrase of the act names only as a modifier
 * ({@code inferred:act-phrase}). Real CoreNLP, built-in dictionaries; sentences written for
 * Vigil, each rule with examples and near misses.
 */
final class ActContentTargetsIT {

  @Nested
  final class Content {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The United States warned that it will continue to exert pressure on Iran.                  | 13 | IRN
        Trump threatened that he would impose new tariffs on Canada.                               | 13 | CAN
        Ankara warned that it would take military action against Syrian Kurdish fighters.          | 13 | SYR
        Germany pledged that it would send more air defence systems to Ukraine.                    | 03 | UKR
        """)
    void theOneTheAnnouncedActFallsOnIsTheTarget(String sentence, String root, String country) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target()).as("target of %s", sentence).isNotNull();
      assertThat(e.target().country()).isEqualTo(country);
      assertThat(e.target().entries()).contains("inferred:act-content");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The United States warned that it will continue to exert maximum pressure.               | 13
        Germany pledged that it would send more air defence systems soon.                      | 03
        """)
    void aContentThatActsOnNoOneGivesNoTarget(String sentence, String root) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target()).as("target of %s", sentence).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Iran warned the United States that it would respond to any attack.     | 13 | USA
        """)
    void theOneAddressedComesFirst(String sentence, String root, String target) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target().code()).isEqualTo(target);
      assertThat(e.target().entries()).doesNotContain("inferred:act-content");
    }
  }

  @Nested
  final class Direction {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        China conducted military drills encircling Taiwan.                               | 15 | TWN
        Israel carried out airstrikes targeting Hezbollah positions in southern Lebanon.   | 19 | LBN
        """)
    void theParticipleOfAimingNamesTheTarget(String sentence, String root, String country) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target()).as("target of %s", sentence).isNotNull();
      assertThat(e.target().country()).isEqualTo(country);
      assertThat(e.target().entries()).contains("inferred:act-direction");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        China conducted drills involving Russian warships near Japan.     | 15
        China conducted military drills lasting three days.                | 15
        """)
    void anotherParticipleNamesNoTarget(String sentence, String root) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target()).as("target of %s", sentence).isNull();
    }
  }

  /**
   * Round 9: the other side named only as the modifier of a phrase of the act ("against U.S.
   * threats", "in an EU plan") or by a phrase of direction of its complement; near misses without
   * the modifier, and a meeting, whose phrase names a place.
   */
  @Nested
  final class Phrase {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        North Korea conducted a missile test on Friday to bolster its deterrent against U.S. threats. | 15 | USA
        Hungary declined to participate in an EU resettlement plan for asylum seekers.               | 12 | IGOEU
        Egypt offered to mediate in the Sudanese conflict.                                         | 03 | SDN
        """)
    void theSideThePhraseNamesIsTheTarget(String sentence, String root, String side) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target()).as("target of %s", sentence).isNotNull();
      assertThat(e.target().country() != null ? e.target().country() : e.target().code()).isEqualTo(side);
      assertThat(e.target().entries()).contains("inferred:act-phrase");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        North Korea conducted a missile test on Friday to bolster its deterrent.    | 15
        Hungary declined to participate in the resettlement plan for asylum seekers. | 12
        The ministers met in the Russian capital on Monday.                          | 04
        """)
    void aPhraseThatNamesNoSideGivesNoTarget(String sentence, String root) {
      CodedEvent e = event(sentence, root);
      assertThat(e.target()).as("target of %s", sentence).isNull();
    }
  }

  private static CodedEvent event(String sentence, String root) {
    Article a = new Article("act-content-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    List<CodedEvent> events = Engines.SELECTIVE.code(a);
    return events.stream().filter(e -> e.cameoRoot().equals(root) && !e.negated()).findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " event in '" + sentence + "': " + events.stream()
            .map(e -> e.cameo() + " " + e.source().code() + "->" + (e.target() == null ? "-" : e.target().code()))
            .toList()));
  }
}
