package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, lost actors: a description that refers back to an organisation or group named in an
 * earlier sentence ("the alliance", "the regional body", "the group") is that actor, within a few
 * sentences and of the right kind, or however far back when it is the only one of its kind named. Real CoreNLP, built-in dictionaries; articles written for Vigil.
 */
final class DefiniteReferencesIT {

  @Test
  void anAllianceNamedBeforeIsTheTargetOfTheAlliance() {
    List<CodedEvent> events = code("NATO held a summit in Vilnius on Tuesday. Russia condemned the alliance for its expansion.");
    assertThat(keys(events)).contains("111 RUS -> IGONATO");
  }

  @Test
  void aRegionalBodyNamedBeforeIsTheTargetOfTheRegionalBody() {
    List<CodedEvent> events = code("ECOWAS leaders met in Abuja on Sunday. Senegal criticized the regional body for its silence.");
    assertThat(keys(events)).contains("111 SEN -> IGOECOWAS");
  }

  @Test
  void aGroupNamedBeforeIsTheSourceOfTheGroup() {
    List<CodedEvent> events = code("Hamas released a statement on Sunday. The group condemned Israel for the raid.");
    assertThat(keys(events)).contains("111 PSEINSHMS -> ISR");
  }

  @Test
  void aGroupIsNotAnOrganisationOfStatesNorTheOtherWayRound() {
    assertThat(keys(code("NATO held a summit in Vilnius on Tuesday. The group condemned Israel for the raid.")))
        .noneMatch(k -> k.startsWith("111"));
    // Russia still condemned something, but not Hamas
    assertThat(keys(code("Hamas released a statement on Sunday. Russia condemned the alliance for its expansion.")))
        .noneMatch(k -> k.startsWith("111") && k.contains("PSEINSHMS"));
  }

  @Test
  void withNothingNamedBeforeTheDescriptionIsNoActor() {
    assertThat(keys(code("The group condemned Israel for the raid."))).noneMatch(k -> k.startsWith("111"));
  }

  @Test
  void aGroupNamedLongBeforeIsTheGroupWhenItIsTheOnlyOneNamed() {
    String far = "Hamas released a statement on Sunday. Rain fell in the north. Schools were closed. Roads were"
        + " flooded. Farmers counted their losses. Prices rose in the markets. The group condemned Israel for the raid.";
    assertThat(keys(code(far))).contains("111 PSEINSHMS -> ISR");
    String farther = "Fighters of al-Shabaab stormed a hotel in Mogadishu on Friday. The siege lasted ten hours."
        + " Guests hid in their rooms. Rescuers reached the upper floors by dawn. Doctors treated dozens of guests."
        + " Shops stayed shut on Saturday. Traffic returned to the seafront on Sunday."
        + " Kenya accused the militant group of planning more attacks.";
    assertThat(keys(code(farther))).anyMatch(k -> k.startsWith("112 KEN -> SOMINSSHB"));
  }

  @Test
  void aDescriptionFarFromTwoGroupsOfItsKindIsNoActor() {
    String two = "Hamas and Hezbollah released statements on Sunday. Rain fell in the north. Schools were closed."
        + " Roads were flooded. Farmers counted their losses. Prices rose in the markets. The group condemned Israel"
        + " for the raid.";
    assertThat(keys(code(two))).noneMatch(k -> k.startsWith("111"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("defref-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
