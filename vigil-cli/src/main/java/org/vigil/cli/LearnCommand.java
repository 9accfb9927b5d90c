package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.core.VigilException;
import org.vigil.eval.ArticleSplit;
import org.vigil.learn.MiniLmEncoder;
import org.vigil.learn.SoftmaxRegression;
import org.vigil.learn.Trainer;
import org.vigil.learn.TrainingExample;
import org.vigil.learn.TypeModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil learn}: trains the learned check's type model (issue 11) from the dev half of the
 * VOA article gold, the PLOVER dev records and our own definition sentences, with a fixed seed,
 * and writes the weights (no text) to a file.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
    description = "Train the learned check's type model (sentence + trigger embeddings, multinomial logistic "
        + "regression) with a fixed seed and write its weights; scripts/train-learned.sh writes the built-in model.")
final class LearnCommand implements Callable<Integer> {
  /** PLOVER's older type names, as the evaluation maps them. */
  private static final Map<String, String> LEGACY = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  @Option(names = "--voa-gold", paramLabel = "FILE", description = "VOA article gold; only its dev half is read.")
  Path voaGold;

  @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER dev records (JSON Lines).")
  Path plover;

  @Option(names = "--seed", defaultValue = "7", description = "The seed of the training order (default 7).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the weights.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<TrainingExample> examples = new ArrayList<>(definitions());
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> counts = new TreeMap<>();
    if (voaGold != null) {
      for (String line : Files.readAllLines(voaGold, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode article = json.readTree(line);
        if (!ArticleSplit.DEV.includes(article.path("id").asText())) {
          continue;
        }
        for (JsonNode e : article.path("events")) {
          String type = e.path("plover").asText("");
          if (!e.path("sentence").asText("").isBlank() && !type.isBlank()) {
            examples.add(new TrainingExample(e.path("sentence").asText(), e.path("trigger").asText(""), type));
            counts.merge("voa-dev", 1, Integer::sum);
          }
        }
      }
    }
    if (plover != null) {
      for (String line : Files.readAllLines(plover, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = json.readTree(line);
        String type = r.path("event").asText("").strip().toUpperCase(java.util.Locale.ROOT);
        if (!r.path("text").asText("").isBlank() && !type.isBlank()) {
          examples.add(new TrainingExample(r.path("text").asText(), r.path("eventText").asText(""),
              LEGACY.getOrDefault(type, type)));
          counts.merge("plover", 1, Integer::sum);
        }
      }
    }
    SoftmaxRegression model = Trainer.train(examples, MiniLmEncoder.shared(), SoftmaxRegression.Options.defaults(seed));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    System.out.printf("trained on %d examples %s over %d classes %s, seed %d -> %s%n", examples.size(), counts,
        model.classes().size(), model.classes(), seed, out);
    return Main.OK;
  }

  /** Our own definition sentences, from vigil-learn's resources. */
  static List<TrainingExample> definitions() throws IOException {
    List<TrainingExample> out = new ArrayList<>();
    try (InputStream in = TypeModel.class.getResourceAsStream("/org/vigil/learn/definitions.tsv")) {
      if (in == null) {
        throw new VigilException("definitions.tsv is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new VigilException("definitions.tsv:" + n + ": expected label, trigger, sentence; got " + f.length
              + " fields");
        }
        out.add(new TrainingExample(f[2], f[1], f[0]));
      }
    }
    return out;
  }
}
