package org.vigil.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vigil.coding.ClauseTyper;
import org.vigil.coding.DictionaryEventCoder;
import org.vigil.coding.EventCandidates;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries;
import org.vigil.core.VigilException;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.Locator;
import org.vigil.core.text.Annotator;
import org.vigil.geo.GazetteerLocator;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoConfig;
import org.vigil.geo.PlaceFinder;
import org.vigil.learn.CalibratedConfidence;
import org.vigil.learn.LearnedCheck;
import org.vigil.learn.SoftmaxRegression;
import org.vigil.learn.TypeModel;
import org.vigil.nlp.CoreNlpAnnotator;
import org.vigil.nlp.NlpConfig;

/**
 * The one place Vigil's engine is assembled (issue 10): the command line, the evaluation, the
 * benchmarks and, later, the server and the stream ask here, so they all code an article into the
 * same events. The heavy parts are loaded once per JVM and shared: CoreNLP's models (by {@code
 * vigil-nlp}) and the gazetteer (here). Thread-safe.
 */
public final class EngineFactory {
  private static final System.Logger LOG = System.getLogger(EngineFactory.class.getName());
  private static volatile PlaceFinder finder;

  private EngineFactory() {}

  /** An engine built from {@code config}; its settings and fingerprint are logged. */
  public static VigilEngine create(EngineConfig config) {
    Dictionaries dictionaries = dictionaries(config);
    java.util.Set<LearnedCheck.Use> uses = config.learnedCheck();
    TypeModel model = uses.isEmpty() ? null : TypeModel.builtin();
    // the learned model's net and finder (issue 11, round 9) go through the coder's own stages
    // and the speech model's criticism (round 13)
    ClauseTyper speech = uses.contains(LearnedCheck.Use.SPEECH) ? typer(TypeModel.speech()) : null;
    ClauseTyper.Uses learned = uses.contains(LearnedCheck.Use.NET) || uses.contains(LearnedCheck.Use.FIND)
        || speech != null
        ? new ClauseTyper.Uses(typer(model), uses.contains(LearnedCheck.Use.NET), uses.contains(LearnedCheck.Use.FIND),
            speech)
        : null;
    EventCoder withoutPlaces = new DictionaryEventCoder(dictionaries, null, learned);
    CoreNlpAnnotator annotator = switch (config.analysis()) {
      case FULL -> new CoreNlpAnnotator(NlpConfig.defaults());
      // the triage codes each parsed article once without places to choose SUTime's sentences
      case SELECTIVE -> new CoreNlpAnnotator(NlpConfig.defaults(), new EventCandidates(dictionaries, withoutPlaces,
          learned != null && learned.find()));
    };
    PlaceFinder places = config.places() ? placeFinder() : null;
    Locator locator = places == null ? null : new GazetteerLocator(places);
    String fingerprint = fingerprint(config);
    LOG.log(System.Logger.Level.INFO, () -> "engine " + config.settings() + ", fingerprint " + fingerprint);
    java.util.function.Function<Dictionaries, EventCoder> coders = d -> new DictionaryEventCoder(d, locator, learned);
    if (uses.contains(LearnedCheck.Use.VETO) || uses.contains(LearnedCheck.Use.TIEBREAK)) {
      // the veto and the tie-breaker judge the built-in dictionaries' events only: on other
      // dictionaries' events (PETRARCH's) the veto removed right ones (round 4)
      java.util.Set<LearnedCheck.Use> judging = java.util.EnumSet.copyOf(uses);
      judging.removeAll(java.util.Set.of(LearnedCheck.Use.NET, LearnedCheck.Use.FIND, LearnedCheck.Use.SPEECH,
          LearnedCheck.Use.CALIBRATE));
      java.util.function.Function<Dictionaries, EventCoder> plain = coders;
      coders = d -> config.dictionaries() == null && d.rules().dialect().readsClauseRoles() && d.rules().inferModality()
          ? new LearnedCheck(plain.apply(d), model, judging) : plain.apply(d);
    }
    if (uses.contains(LearnedCheck.Use.CALIBRATE)) {
      // the calibrated confidence (round 16), last: it was fitted on the built-in dictionaries' events of VOA news
      SoftmaxRegression calibration = CalibratedConfidence.builtin();
      java.util.function.Function<Dictionaries, EventCoder> checked = coders;
      coders = d -> config.dictionaries() == null && d.rules().dialect().readsClauseRoles() && d.rules().inferModality()
          ? new CalibratedConfidence(checked.apply(d), calibration) : checked.apply(d);
    }
    return new VigilEngine(config, fingerprint, dictionaries, annotator, places, locator, coders, withoutPlaces);
  }

  /** The type model as the coder asks it: each clause's probability per class. */
  private static ClauseTyper typer(TypeModel model) {
    return clauses -> {
      List<double[]> scores = model.score(clauses.stream().map(c -> new TypeModel.Query(c.sentence(), c.trigger()))
          .toList());
      List<Map<String, Double>> out = new java.util.ArrayList<>(scores.size());
      for (double[] p : scores) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
          m.put(model.classes().get(i), p[i]);
        }
        out.add(m);
      }
      return out;
    };
  }

  /** The engine of {@link EngineConfig#defaults()}. */
  public static VigilEngine create() {
    return create(EngineConfig.defaults());
  }

  /** The dictionaries {@code config} names, loaded. */
  public static Dictionaries dictionaries(EngineConfig config) {
    if (config.dictionaries() == null) {
      return Dictionaries.builtin();
    }
    return switch (config.dictionaryFormat()) {
      case VIGIL -> Dictionaries.load(config.dictionaries());
      case PETRARCH -> PetrarchDictionaries.load(config.dictionaries()).dictionaries();
    };
  }

  /**
   * What {@code vigil places} runs: tokens, tags and the CRF names (no parse, no SUTime: about
   * five times faster than the coder's analysis), then the gazetteer.
   */
  public static PlaceTagger places() {
    Annotator annotator = new CoreNlpAnnotator(NlpConfig.builder().parse(false).sutime(false).build());
    PlaceFinder f = placeFinder();
    return article -> f.find(annotator.annotate(article));
  }

  /** The gazetteer's place finder, loaded once per JVM (about a second). */
  static PlaceFinder placeFinder() {
    PlaceFinder f = finder;
    if (f == null) {
      synchronized (EngineFactory.class) {
        f = finder;
        if (f == null) {
          f = new PlaceFinder(Gazetteer.load(), GeoConfig.defaults());
          finder = f;
        }
      }
    }
    return f;
  }

  /** SHA-256 over the settings and the bytes of every dictionary file the engine reads. */
  static String fingerprint(EngineConfig config) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Map.Entry<String, String> e : config.settings().entrySet()) {
      if (!e.getKey().equals("engine.dictionaries")) { // where the files are does not change the events
        sha.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    if (config.dictionaries() == null) {
      for (String name : Dictionaries.BUILTIN_FILES) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(Dictionaries.BUILTIN_ROOT + name)) {
          if (in != null) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update(in.readAllBytes());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } else {
      for (Path p : files(config.dictionaries())) {
        try {
          sha.update(config.dictionaries().relativize(p).toString().getBytes(StandardCharsets.UTF_8));
          sha.update(Files.readAllBytes(p));
        } catch (IOException e) {
          throw new VigilException("cannot read dictionary file " + p + ": " + e.getMessage(), e);
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<Path> files(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new VigilException("cannot list dictionary folder " + root + ": " + e.getMessage(), e);
    }
  }
}
