package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.testkit.Shared;

/**
 * Identical events, proved (issue 10): a fixed corpus coded by the default engine gives, byte for
 * byte, the event JSON committed in {@code src/test/resources/org/vigil/pipeline/golden/}, whether
 * articles are coded one by one or through the batch pipeline with 1 or 4 workers. The corpus is
 * our sample articles ({@code samples/}) and, where {@code ../shared} is present, the 89 VOA
 * stories. Every change of behaviour rewrites the golden files in the same commit ({@code
 * scripts/update-golden.sh}), so the diff shows which events changed.
 *
 * <p>The VOA stories are not ours to copy: their golden lines carry a SHA-256 of the evidence
 * sentence in place of the sentence ({@code sentence_sha256}), which still catches any change.
 */
final class GoldenEventsIT {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "org", "vigil", "pipeline", "golden");
  private static final String UPDATE = "vigil.golden.update";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<Article> samples;
  private static List<Article> voa;

  @BeforeAll
  static void readTheCorpus() {
    samples = read(Path.of("..", "samples"));
    assertThat(samples).as("sample articles").hasSizeGreaterThanOrEqualTo(3);
    Optional<Path> stories = Shared.root().map(r -> r.resolve("corpus/voa-stories.jsonl")).filter(Files::exists);
    voa = stories.map(GoldenEventsIT::read).orElse(List.of());
    if (Shared.required()) {
      assertThat(voa).as("VOA stories under ../shared").hasSize(89);
    }
  }

  @Test
  void samplesCodeToTheGoldenEventsOneByOneAndInBatchesOfOneAndFourWorkers() throws IOException {
    checkAllWays(samples, "samples.jsonl", false);
  }

  @Test
  void voaStoriesCodeToTheGoldenEventsOneByOneAndInBatchesOfOneAndFourWorkers() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeFalse(voa.isEmpty(), "../shared/corpus/voa-stories.jsonl is absent");
    checkAllWays(voa, "voa.jsonl", true);
  }

  private static void checkAllWays(List<Article> articles, String golden, boolean redact) throws IOException {
    List<String> oneByOne = lines(oneByOne(articles), redact);
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(GOLDEN);
      Files.write(file, oneByOne, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(oneByOne).as("events coded one by one against %s (scripts/update-golden.sh rewrites it)", file)
        .containsExactlyElementsOf(expected);
    assertThat(lines(batch(articles, 1), redact)).as("events through the batch pipeline, 1 worker")
        .containsExactlyElementsOf(expected);
    assertThat(lines(batch(articles, 4), redact)).as("events through the batch pipeline, 4 workers")
        .containsExactlyElementsOf(expected);
  }

  private static List<Article> read(Path input) {
    List<Article> out = new ArrayList<>();
    Engines.reader().read(input, out::add, r -> { throw new AssertionError("rejected: " + r); });
    return out;
  }

  private static List<CodedEvent> oneByOne(List<Article> articles) {
    List<CodedEvent> events = new ArrayList<>();
    for (Article a : articles) {
      events.addAll(Engines.SELECTIVE.code(a));
    }
    return events;
  }

  private static List<CodedEvent> batch(List<Article> articles, int workers) {
    List<CodedEvent> events = new ArrayList<>();
    IngestJob job = new IngestJob(Engines.SELECTIVE::code, Engines.reader(), workers, FailurePolicy.FAIL,
        (record, reason) -> { });
    IngestJob.Summary s = job.run(articles, (article, coded, rejections) -> events.addAll(coded));
    assertThat(s.rejected()).isZero();
    assertThat(s.coded()).isEqualTo(articles.size());
    return events;
  }

  /** The events as {@code vigil code} prints them, the evidence sentence hashed where {@code redact}. */
  private static List<String> lines(List<CodedEvent> events, boolean redact) throws IOException {
    EventJson json = new EventJson(MAPPER);
    List<String> out = new ArrayList<>();
    for (CodedEvent e : events) {
      ObjectNode o = json.vigil(e);
      if (redact) {
        ObjectNode evidence = (ObjectNode) o.get("evidence");
        String sentence = evidence.remove("sentence").asText();
        evidence.put("sentence_sha256", sha256(sentence));
      }
      out.add(MAPPER.writeValueAsString(o));
    }
    return out;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
