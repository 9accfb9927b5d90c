package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labels the speech training gives PLOVER and PETRARCH records (round 15b): criticism is
 * ACCUSE, a demand REQUEST, every other record NONE. The records are made up.
 */
final class SpeechRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String label(String record) throws IOException {
    return SpeechTraining.recordLabel(JSON.readTree(record));
  }

  @Test
  void ploverCriticismAndDemandsAreLabelledByTheirTypeOldOrNew() throws IOException {
    assertThat(label("{\"text\":\"The minister condemned the raid.\",\"event\":\"DISAPPROVE\"}")).isEqualTo("ACCUSE");
    assertThat(label("{\"text\":\"The envoy accused the rebels of lying.\",\"event\":\"accuse\"}")).isEqualTo("ACCUSE");
    assertThat(label("{\"text\":\"The union demanded higher pay.\",\"event\":\"DEMAND\"}")).isEqualTo("REQUEST");
    assertThat(label("{\"text\":\"The mayor asked the army for help.\",\"event\":\"REQUEST\"}")).isEqualTo("REQUEST");
    // near miss: a rejection is no criticism
    assertThat(label("{\"text\":\"The council rejected the plan.\",\"event\":\"REJECT\"}")).isEqualTo("NONE");
  }

  @Test
  void petrarchRecordsAreLabelledByTheRootsOfTheirExpectedEventsCriticismFirst() throws IOException {
    assertThat(label("{\"text\":\"Zembla denounced Ruritania.\",\"expected\":[{\"code\":\"111\"}]}")).isEqualTo("ACCUSE");
    assertThat(label("{\"text\":\"Zembla urged Ruritania to free the crew.\",\"expected\":[{\"code\":\"1041\"}]}"))
        .isEqualTo("REQUEST");
    assertThat(label("{\"text\":\"x\",\"expected\":[{\"code\":\"102\"},{\"code\":\"112\"}]}")).isEqualTo("ACCUSE");
    // near misses: rejection (12x) and a plain appeal (02x) start like the codes, and no event at all
    assertThat(label("{\"text\":\"Zembla rejected the offer.\",\"expected\":[{\"code\":\"120\"}]}")).isEqualTo("NONE");
    assertThat(label("{\"text\":\"Zembla appealed for calm.\",\"expected\":[{\"code\":\"020\"}]}")).isEqualTo("NONE");
    assertThat(label("{\"text\":\"Rain fell.\",\"expected\":[],\"noevents\":true}")).isEqualTo("NONE");
  }

  @Test
  void recordsOfSeveralFilesAreReadWithoutTheirBlankLinesOrTextlessRecords(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("plover.jsonl");
    Path b = dir.resolve("petrarch.jsonl");
    Files.writeString(a, "{\"text\":\"The minister condemned the raid.\",\"event\":\"DISAPPROVE\"}\n\n{\"event\":\"DEMAND\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(b, "{\"text\":\"Zembla urged Ruritania to talk.\",\"expected\":[{\"code\":\"104\"}]}\n",
        StandardCharsets.UTF_8);
    List<SpeechTraining.Labelled> records = SpeechTraining.recordSentences(List.of(a, b));
    assertThat(records).extracting(SpeechTraining.Labelled::label).containsExactly("ACCUSE", "REQUEST");
    assertThat(records).extracting(SpeechTraining.Labelled::article).containsOnly("");
  }
}
