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

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the weights.")
  Path out;

  @Option(names = "--measure", paramLabel = "dev|heldout",
      description = "Instead of training, score the built-in model on the gold events (sentence and trigger) of "
          + "this half of --voa-gold: type accuracy and right type among the top three. Measures only.")
  String measure;

  @Option(names = "--speech-corpus", paramLabel = "FILE",
      description = "Train the speech model instead (issue 11, round 13): the sentences of this corpus's dev half, "
          + "labelled ACCUSE, REQUEST or NONE from --voa-gold's dev half, and the definitions.")
  Path speechCorpus;

  @Option(names = "--folds", defaultValue = "0",
      description = "With --speech-corpus or --calibration: cross-validate by article within the dev half in this many folds and "
          + "print precision and recall per threshold, instead of training.")
  int folds;

  @Option(names = "--speech-records", paramLabel = "FILE", split = ",",
      description = "With --speech-corpus: PLOVER or PETRARCH dev records (JSON Lines) added to training; "
          + "criticism (DISAPPROVE, CAMEO 11x) is ACCUSE, demands (DEMAND, CAMEO 10x) REQUEST, the rest NONE.")
  List<Path> speechRecords = List.of();

  @Option(names = "--calibration", paramLabel = "FILE",
      description = "Train the calibrated confidence instead (issue 11, round 16) from the rows `vigil eval "
          + "--calibration-data` wrote for the VOA dev half; with --folds, cross-validate by article instead.")
  Path calibration;

  @Option(names = "--whole", description = "With --calibration: the positive class is an event matched with its "
      + "source and target right, not every matched event.")
  boolean whole;

  @Override
  public Integer call() throws IOException {
    if (calibration != null) {
      return calibration();
    }
    if (speechCorpus != null) {
      return speech();
    }
    if (measure != null) {
      return measure();
    }
    if (out == null) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--out is required to train");
    }
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

  /** The calibrated confidence: cross-validated on the dev rows, or trained on them and written. */
  private int calibration() throws IOException {
    List<CalibrationTraining.Row> rows = CalibrationTraining.read(calibration);
    if (folds > 1) {
      CalibrationTraining.crossValidate(rows, folds, seed, whole);
      return Main.OK;
    }
    write(CalibrationTraining.train(rows, seed, whole));
    System.out.printf("confidence model trained on %d dev events (%d positive), seed %d -> %s%n", rows.size(),
        rows.stream().filter(r -> r.label() >= (whole ? 2 : 1)).count(), seed, out);
    return Main.OK;
  }

  /** Writes {@code model}'s weights to {@code --out}, which training needs. */
  private void write(SoftmaxRegression model) throws IOException {
    if (out == null) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--out is required to train");
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
  }

  /** The speech model: cross-validated on the dev half, or trained on it and written. */
  private int speech() throws IOException {
    if (voaGold == null) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--speech-corpus needs --voa-gold");
    }
    List<SpeechTraining.Labelled> dev = SpeechTraining.devSentences(speechCorpus, voaGold);
    List<SpeechTraining.Labelled> records = SpeechTraining.recordSentences(speechRecords);
    if (folds > 1) {
      SpeechTraining.crossValidate(dev, records, folds, seed);
      return Main.OK;
    }
    if (out == null) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--out is required to train");
    }
    List<SpeechTraining.Labelled> all = new ArrayList<>(dev);
    all.addAll(records);
    SoftmaxRegression model = SpeechTraining.train(all, seed);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    Map<String, Long> counts = new TreeMap<>(all.stream().collect(java.util.stream.Collectors.groupingBy(
        SpeechTraining.Labelled::label, java.util.stream.Collectors.counting())));
    System.out.printf("speech model trained on %d dev sentences and %d records %s and the definitions, classes %s, "
        + "seed %d -> %s%n", dev.size(), records.size(), counts, model.classes(), seed, out);
    return Main.OK;
  }

  /** Type accuracy of the built-in model on one half's gold events. */
  private int measure() throws IOException {
    if (voaGold == null) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--measure needs --voa-gold");
    }
    ArticleSplit split = ArticleSplit.valueOf(measure.strip().toUpperCase(java.util.Locale.ROOT));
    ObjectMapper json = new ObjectMapper();
    List<TypeModel.Query> queries = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (String line : Files.readAllLines(voaGold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode article = json.readTree(line);
      if (!split.includes(article.path("id").asText())) {
        continue;
      }
      for (JsonNode e : article.path("events")) {
        if (!e.path("plover").asText("").isBlank()) {
          queries.add(new TypeModel.Query(e.path("sentence").asText(""), e.path("trigger").asText("")));
          types.add(e.path("plover").asText());
        }
      }
    }
    TypeModel model = TypeModel.builtin();
    List<double[]> scores = model.score(queries);
    int first = 0;
    int top3 = 0;
    for (int i = 0; i < queries.size(); i++) {
      double[] p = scores.get(i);
      double own = model.probability(p, types.get(i));
      int above = 0;
      for (double v : p) {
        above += v > own ? 1 : 0;
      }
      first += above == 0 ? 1 : 0;
      top3 += above < 3 ? 1 : 0;
    }
    System.out.printf(java.util.Locale.ROOT, "%s: %d gold events, type right %.3f, right type in the top three %.3f%n",
        measure, queries.size(), first / (double) queries.size(), top3 / (double) queries.size());
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
