package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Pattern;
import org.vigil.eval.ArticleSplit;
import org.vigil.learn.MiniLmEncoder;
import org.vigil.learn.SoftmaxRegression;
import org.vigil.learn.Trainer;
import org.vigil.learn.TrainingExample;
import org.vigil.learn.TypeModel;

/**
 * The examples of the speech model (issue 11, round 13): every sentence of the VOA corpus's dev
 * half (split by CoreNLP), labelled ACCUSE when the dev gold codes a criticism or accusation in it,
 * REQUEST when it codes a demand or appeal, else NONE; and our own definition sentences (types
 * other than these two count as NONE). The sentence alone is the feature (no trigger): the model
 * reads judgement in open vocabulary ("is clearly false", "a sieve"), which no word list covers.
 * Also cross-validates by article within the dev half, to choose the coder's threshold.
 *
 * <p>Round 15b adds the records of the PLOVER and PETRARCH dev sets as more examples (always in
 * training, never scored in the cross-validation): a PLOVER record of type DEMAND or REQUEST, or a
 * PETRARCH record expecting a CAMEO 10x event, is REQUEST; DISAPPROVE or ACCUSE, or CAMEO 11x, is
 * ACCUSE; every other record is NONE.
 */
final class SpeechTraining {
  /** A sentence of the dev half, its article and its label. */
  record Labelled(String article, String sentence, String label) {}

  /** The classes the speech model tells apart. */
  static final List<String> TYPES = List.of("ACCUSE", "REQUEST");
  /** A sentence of reported speech by its words alone (for the cross-validation's report). */
  private static final Pattern SPEECH = Pattern.compile(
      "[\"“”]|\\b(said|says|say|told|tells|added|stated|wrote|noted|argued|declared|tweeted|asserted|stressed)\\b");

  /**
   * Each dev sentence of a criticism or a demand counts this many times in training: they are one
   * dev sentence in ten, and with each counted once the model gave no sentence more than 0.65.
   */
  static final int REPEAT = 4;

  private SpeechTraining() {}

  /** The dev half's sentences, labelled from the gold. */
  static List<Labelled> devSentences(Path corpus, Path gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, String>> labels = new HashMap<>(); // article -> normalised sentence -> label
    for (JsonNode a : devLines(gold, json)) {
      String id = a.path("id").asText();
      for (JsonNode e : a.path("events")) {
        String type = e.path("plover").asText("");
        if (TYPES.contains(type)) {
          labels.computeIfAbsent(id, k -> new HashMap<>()).merge(norm(e.path("sentence").asText("")), type,
              (x, y) -> x.equals("ACCUSE") ? x : y);
        }
      }
    }
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP split = new StanfordCoreNLP(p);
    List<Labelled> out = new ArrayList<>();
    for (JsonNode a : devLines(corpus, json)) {
      String id = a.path("id").asText();
      Map<String, String> own = labels.getOrDefault(id, Map.of());
      CoreDocument doc = new CoreDocument(a.path("text").asText(""));
      split.annotate(doc);
      for (CoreSentence s : doc.sentences()) {
        String text = s.text();
        String n = norm(text);
        String label = "NONE";
        for (Map.Entry<String, String> g : own.entrySet()) {
          if (!g.getKey().isEmpty() && (g.getKey().equals(n) || g.getKey().contains(n) && n.length() > 40
              || n.contains(g.getKey()))) {
            label = g.getValue();
            if (label.equals("ACCUSE")) {
              break;
            }
          }
        }
        out.add(new Labelled(id, text, label));
      }
    }
    return out;
  }

  /**
   * The records of PLOVER ({@code event}) or PETRARCH ({@code expected}) dev files as labelled
   * sentences of no VOA article: ACCUSE for a criticism, REQUEST for a demand, else NONE.
   */
  static List<Labelled> recordSentences(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> out = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = json.readTree(line);
        String text = r.path("text").asText("");
        if (!text.isBlank()) {
          out.add(new Labelled("", text, recordLabel(r)));
        }
      }
    }
    return out;
  }

  /** A record's label: its PLOVER type, or the CAMEO roots of its expected events (ACCUSE first). */
  static String recordLabel(JsonNode r) {
    String type = r.path("event").asText("").strip().toUpperCase(Locale.ROOT);
    if (type.equals("DISAPPROVE") || type.equals("ACCUSE")) {
      return "ACCUSE";
    }
    if (type.equals("DEMAND") || type.equals("REQUEST")) {
      return "REQUEST";
    }
    String label = TypeModel.NONE;
    for (JsonNode e : r.path("expected")) {
      String code = e.path("code").asText("");
      if (code.startsWith("11")) {
        return "ACCUSE";
      }
      label = code.startsWith("10") ? "REQUEST" : label;
    }
    return label;
  }

  /** The records of a JSON Lines file whose article id is in the dev half. */
  private static List<JsonNode> devLines(Path file, ObjectMapper json) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode a = json.readTree(line);
        if (ArticleSplit.DEV.includes(a.path("id").asText())) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** The definition sentences as the speech model's examples: other types are NONE. */
  static List<TrainingExample> definitions() throws IOException {
    return LearnCommand.definitions().stream()
        .map(e -> new TrainingExample(e.sentence(), "", TYPES.contains(e.label()) ? e.label() : TypeModel.NONE))
        .toList();
  }

  /** Trains the model on the labelled sentences (dev and records) and the definitions. */
  static SoftmaxRegression train(List<Labelled> dev, long seed) throws IOException {
    List<TrainingExample> examples = new ArrayList<>(definitions());
    for (Labelled d : dev) {
      for (int k = d.label().equals(TypeModel.NONE) ? 1 : REPEAT; k > 0; k--) {
        examples.add(new TrainingExample(d.sentence(), "", d.label()));
      }
    }
    return Trainer.train(examples, MiniLmEncoder.shared(), SoftmaxRegression.Options.defaults(seed));
  }

  /**
   * Cross-validates by article ({@code folds} folds, articles shuffled by the seed) and prints,
   * per class and threshold, the out-of-fold precision and recall over the sentences of reported
   * speech and over all sentences. The records ({@code extra}) are in every fold's training.
   */
  static void crossValidate(List<Labelled> dev, List<Labelled> extra, int folds, long seed) throws IOException {
    List<String> articles = new ArrayList<>(dev.stream().map(Labelled::article).distinct().sorted().toList());
    java.util.Collections.shuffle(articles, new Random(seed));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      fold.put(articles.get(i), i % folds);
    }
    double[][] scores = new double[dev.size()][];
    List<String> classes = null;
    for (int f = 0; f < folds; f++) {
      List<Labelled> train = new ArrayList<>(extra);
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        if (fold.get(dev.get(i).article()) == f) {
          test.add(i);
        } else {
          train.add(dev.get(i));
        }
      }
      TypeModel model = new TypeModel(MiniLmEncoder.shared(), train(train, seed));
      classes = model.classes();
      List<double[]> p = model.score(test.stream().map(i -> new TypeModel.Query(dev.get(i).sentence(), "")).toList());
      for (int k = 0; k < test.size(); k++) {
        scores[test.get(k)] = p.get(k);
      }
    }
    System.out.printf("cross-validated over %d dev sentences, %d articles, %d folds, seed %d, %d records in training%n",
        dev.size(), articles.size(), folds, seed, extra.size());
    for (String type : TYPES) {
      int c = classes.indexOf(type);
      for (boolean speechOnly : new boolean[] {true, false}) {
        int gold = 0;
        for (Labelled d : dev) {
          gold += d.label().equals(type) && (!speechOnly || SPEECH.matcher(d.sentence()).find()) ? 1 : 0;
        }
        for (double t = 0.1; t < 0.951; t += 0.05) {
          int predicted = 0;
          int right = 0;
          for (int i = 0; i < dev.size(); i++) {
            Labelled d = dev.get(i);
            if ((!speechOnly || SPEECH.matcher(d.sentence()).find()) && scores[i][c] >= t) {
              predicted++;
              right += d.label().equals(type) ? 1 : 0;
            }
          }
          System.out.printf(Locale.ROOT, "%-8s %-7s >= %.2f  gold %3d predicted %3d right %3d  P %.3f R %.3f%n", type,
              speechOnly ? "speech" : "all", t, gold, predicted, right, predicted == 0 ? 0 : right / (double) predicted,
              gold == 0 ? 0 : right / (double) gold);
        }
      }
    }
  }

  private static int best(double[] p) {
    int b = 0;
    for (int i = 1; i < p.length; i++) {
      b = p[i] > p[b] ? i : b;
    }
    return b;
  }

  private static String norm(String s) {
    return s.replaceAll("[\"“”‘’']", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
