package org.vigil.nlp;

import org.vigil.core.text.SentenceTriage;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The loaded CoreNLP models, in one of two shapes.
 *
 * <ul>
 *   <li><b>Full</b>: tokenize, ssplit, pos, lemma and (optionally) ner with SUTime as one {@link
 *       StanfordCoreNLP}, then the {@link Parser} on every sentence short enough.
 *   <li><b>Selective</b> (issue 5): tokenize, ssplit, pos and lemma on everything; then a {@link
 *       SentenceTriage} picks the sentences for the CRF named entities (a {@code ner} with the
 *       {@link #NAMES_MODEL 3-class model} only, without SUTime or numeric classifiers) and for
 *       the parser, and SUTime alone runs on the sentences that have a {@link TimeCues time cue}
 *       and that the triage chooses (parsed ones, and unparsed ones that may date an episode).
 * </ul>
 *
 * <p>Each model is loaded once per shape and settings; CoreNLP's own annotator pool shares the
 * tokenizer and tagger between the shapes. Thread-safe: each call annotates its own {@link
 * Annotation}.
 */
final class CoreNlpModels {
  private static final System.Logger LOG = System.getLogger(CoreNlpModels.class.getName());

  /**
   * The selective shape's named entities: the 3-class CRF (PERSON, LOCATION, ORGANIZATION), which
   * is what Vigil reads. CoreNLP's default adds the 7-class and 4-class models (numeric classes and
   * MISC, which Vigil does not read) at three times the cost; on the gold sets the 3-class model
   * alone scores the same (issue 5).
   */
  static final String NAMES_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Loaded pipelines by their complete settings; CoreNLP models cost 5-25 s and ~0.6 GB each. */
  private static final Map<Map<String, String>, Holder> SHARED = new ConcurrentHashMap<>();

  /** Tokenize to lemma, and in the full shape the configured ner too. */
  private final StanfordCoreNLP annotators;
  /** Selective shape: the CRF named-entity models alone, or null. */
  private final StanfordCoreNLP names;
  /** Selective shape: SUTime alone, or null. */
  private final TimeAnnotator times;
  private final TimeState timeState;
  private final Parser parser;
  private final NlpConfig config;

  private CoreNlpModels(StanfordCoreNLP annotators, StanfordCoreNLP names, TimeAnnotator times,
      Parser parser, NlpConfig config) {
    this.annotators = annotators;
    this.names = names;
    this.times = times;
    this.timeState = times == null ? null : TimeState.of(times);
    this.parser = parser;
    this.config = config;
  }

  /**
   * CoreNLP's sentences of one piece of text; how many were too long to analyse; and how many got
   * the parse, the named entities and SUTime.
   */
  record Result(List<CoreMap> sentences, int tooLong, int parsed, int named, int timed, StageCpu cpu,
      Annotation document, List<Integer> timeCandidates) {
    Result(List<CoreMap> sentences, int tooLong, int parsed, int named, int timed, StageCpu cpu) {
      this(sentences, tooLong, parsed, named, timed, cpu, null, List.of());
    }
  }

  /**
   * CPU nanoseconds of the calling thread in each stage of one call (issue 5, for {@code vigil
   * bench}): tokens to lemmas (with the full shape's named entities and SUTime), the triage, the
   * CRF named entities, SUTime and the parse.
   */
  record StageCpu(long tagger, long triage, long names, long times, long parse) {
    static final StageCpu ZERO = new StageCpu(0, 0, 0, 0, 0);

    StageCpu plus(StageCpu o) {
      return new StageCpu(tagger + o.tagger, triage + o.triage, names + o.names, times + o.times, parse + o.parse);
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** The full pipeline for these settings, loaded on the first {@code get()} and shared by the JVM. */
  static Loaded shared(NlpConfig config) {
    return shared(config, false);
  }

  /** The pipeline of the given shape for these settings, loaded once and shared by the JVM. */
  static Loaded shared(NlpConfig config, boolean selective) {
    Map<String, String> key = new TreeMap<>();
    Properties main = selective ? taggerProperties(config) : mainProperties(config);
    main.stringPropertyNames().forEach(name -> key.put(name, main.getProperty(name)));
    if (selective) {
      Properties names = namesProperties(config);
      names.stringPropertyNames().forEach(name -> key.put("names." + name, names.getProperty(name)));
      key.put("sutime", Boolean.toString(config.sutime()));
    }
    Properties parse = Parser.properties(config);
    parse.stringPropertyNames().forEach(name -> key.put("depparse." + name, parse.getProperty(name)));
    key.put("shape", selective ? "selective" : "full");
    key.put("depparse", Boolean.toString(config.parse()));
    key.put("threadsPerArticle", Integer.toString(config.threadsPerArticle()));
    key.put("maxSentenceTokens", Integer.toString(config.maxSentenceTokens()));
    return SHARED.computeIfAbsent(key, k -> new Holder(config, selective));
  }

  /**
   * SUTime's English rule files and Vigil's additions after them ({@code vigil.sutime.txt}: the
   * middle of a month or year written as one hyphenated token, "mid-March", which SUTime's own rules
   * read only as two tokens; issue 11, round 12).
   */
  static final String SUTIME_RULES = "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
      + "edu/stanford/nlp/models/sutime/english.sutime.txt,edu/stanford/nlp/models/sutime/english.holidays.sutime.txt,"
      + "org/vigil/nlp/vigil.sutime.txt";

  static Properties mainProperties(NlpConfig config) {
    Properties props = taggerProperties(config);
    String threads = Integer.toString(config.threadsPerArticle());
    boolean ner = config.ner() || config.sutime();
    if (ner) {
      props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      props.setProperty("ner.nthreads", threads);
      if (!config.ner()) {
        // no CRF models: SUTime and the numeric classifiers only
        props.setProperty("ner.model", "");
      }
      props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
      props.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
      props.setProperty("sutime.rules", SUTIME_RULES);
      props.setProperty("ner.buildEntityMentions", "true");
      props.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    }
    return props;
  }

  static Properties taggerProperties(NlpConfig config) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("ssplit.newlineIsSentenceBreak", config.newlineBreak().property());
    props.setProperty("pos.nthreads", Integer.toString(config.threadsPerArticle()));
    return props;
  }

  /** The selective shape's named entities: the CRF models only, as a lone annotator. */
  static Properties namesProperties(NlpConfig config) {
    Properties props = new Properties();
    if (!config.ner()) {
      return props;
    }
    props.setProperty("annotators", "ner");
    // the tokens are annotated already, by the tagger
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.nthreads", Integer.toString(config.threadsPerArticle()));
    props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.model", NAMES_MODEL);
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    return props;
  }

  /** Annotates one piece of text dated {@code date} with every configured annotator. */
  Result annotate(String text, LocalDate date) {
    Annotation document = document(text, date);
    long t0 = cpu();
    // one document at a time: annotate(Iterable, threads) in 4.5.10 annotates each one twice
    annotators.annotate(document);
    long t1 = cpu();
    List<CoreMap> sentences = sentences(document);
    List<CoreMap> parsable = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      if (tokens(sentence) <= config.maxSentenceTokens()) {
        parsable.add(sentence);
      }
    }
    if (parser != null) {
      parser.parse(parsable);
    }
    long t2 = cpu();
    int n = parsable.size();
    return new Result(sentences, sentences.size() - n, parser == null ? 0 : n,
        config.ner() ? n : 0, config.sutime() ? n : 0, new StageCpu(t1 - t0, 0, 0, 0, t2 - t1));
  }

  /**
   * Annotates one piece of text dated {@code date}: tokens, tags and lemmas everywhere, the CRF
   * named entities and the parse where {@code triage} asks for them. SUTime does not run yet: the
   * sentences with a time cue, parsed or not, are the result's {@code timeCandidates}, for {@link #time}
   * once the caller has chosen among them. {@code triage} sees sentences converted with offsets
   * into {@code text}.
   */
  Result annotate(String text, LocalDate date, SentenceTriage triage) {
    Annotation document = document(text, date);
    long t0 = cpu();
    annotators.annotate(document);
    long t1 = cpu();
    List<CoreMap> sentences = sentences(document);
    List<CoreMap> toParse = new ArrayList<>();
    List<CoreMap> toName = new ArrayList<>();
    List<Integer> toTime = new ArrayList<>();
    int tooLong = 0;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      if (tokens(sentence) > config.maxSentenceTokens()) {
        tooLong++;
        continue;
      }
      SentenceTriage.Needs needs = triage.needs(SentenceConverter.tagged(sentence, i, text));
      if (needs == null) {
        throw new NullPointerException("triage " + triage + " gave no needs for sentence " + i);
      }
      if (needs.parse() && parser != null) {
        toParse.add(sentence);
      }
      // a sentence the triage does not parse may still date the episode of the next ones ("Zelenskyy
      // wrote Wednesday in a post. He added that ..."): a candidate too, which the triage may pick
      // (issue 11, round 8)
      if (times != null && TimeCues.any(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
        toTime.add(i);
      }
      if (needs.names() && names != null) {
        toName.add(sentence);
      }
    }
    long t2 = cpu();
    if (!toName.isEmpty()) {
      names.annotate(part(document, toName));
    }
    long t3 = cpu();
    if (!toParse.isEmpty()) {
      parser.parse(toParse);
    }
    long t4 = cpu();
    return new Result(sentences, tooLong, toParse.size(), toName.size(), 0,
        new StageCpu(t1 - t0, t2 - t1, t3 - t2, 0, t4 - t3), document, toTime);
  }

  /**
   * Runs SUTime on the sentences of {@code result} at {@code indexes} (some of its {@code
   * timeCandidates}) and tags their time expressions' tokens; returns the CPU nanoseconds it took
   * on this thread.
   */
  long time(Result result, List<Integer> indexes) {
    if (indexes.isEmpty() || times == null) {
      return 0;
    }
    long t0 = cpu();
    List<CoreMap> sentences = indexes.stream().map(result.sentences()::get).toList();
    Annotation part = part(result.document(), sentences);
    timeState.run(() -> times.annotate(part));
    sentences.forEach(SentenceConverter::tagTimes);
    return cpu() - t0;
  }

  private static Annotation document(String text, LocalDate date) {
    Annotation document = new Annotation(text);
    document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    return document;
  }

  /**
   * The document with only some of its sentences, for an annotator to write into their maps; it
   * keeps the document's tokens, which ner reads at the end.
   */
  private static Annotation part(Annotation document, List<CoreMap> sentences) {
    Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.DocDateAnnotation.class,
        document.get(CoreAnnotations.DocDateAnnotation.class));
    part.set(CoreAnnotations.TokensAnnotation.class,
        document.get(CoreAnnotations.TokensAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return part;
  }

  private static List<CoreMap> sentences(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? List.of() : sentences;
  }

  private static int tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** CPU nanoseconds the parser has spent building enhanced++ graphs; see {@link Parser#graphNanos()}. */
  long graphNanos() {
    return parser == null ? 0 : parser.graphNanos();
  }

  /** Empties the parser's cache; see {@link Parser#clearCache()}. */
  void clearParserCache() {
    if (parser != null) {
      parser.clearCache();
    }
  }

  /** A pipeline that loads on first use and can say whether it has. */
  interface Loaded extends Supplier<CoreNlpModels> {
    boolean isLoaded();
  }

  /** Loads its pipeline once, on first use; a failed load is retried on the next call. */
  private static final class Holder implements Loaded {
    private final NlpConfig config;
    private final boolean selective;
    private volatile CoreNlpModels pipeline;

    Holder(NlpConfig config, boolean selective) {
      this.config = config;
      this.selective = selective;
    }

    @Override
    public boolean isLoaded() {
      return pipeline != null;
    }

    @Override
    public CoreNlpModels get() {
      CoreNlpModels loaded = pipeline;
      if (loaded == null) {
        synchronized (this) {
          loaded = pipeline;
          if (loaded == null) {
            loaded = load();
            pipeline = loaded;
          }
        }
      }
      return loaded;
    }

    private CoreNlpModels load() {
      long start = System.nanoTime();
      // copies: StanfordCoreNLP rewrites the properties it is given (it folds ssplit into tokenize)
      Properties main = new Properties();
      main.putAll(selective ? taggerProperties(config) : mainProperties(config));
      StanfordCoreNLP annotators = new StanfordCoreNLP(main);
      StanfordCoreNLP names = null;
      TimeAnnotator times = null;
      if (selective && config.ner()) {
        Properties props = new Properties();
        props.putAll(namesProperties(config));
        names = new StanfordCoreNLP(props);
      }
      if (selective && config.sutime()) {
        Properties props = new Properties();
        props.setProperty("sutime.rules", SUTIME_RULES);
        times = new TimeAnnotator("sutime", props);
      }
      Parser parser = config.parse() ? new Parser(config) : null;
      LOG.log(System.Logger.Level.INFO, "CoreNLP {0}{1}{2}{3} ({4}) loaded in {5} ms",
          main.getProperty("annotators"), names == null ? "" : ",ner(CRF)",
          times == null ? "" : ",sutime", parser == null ? "" : ",depparse",
          selective ? "selective" : "full", (System.nanoTime() - start) / 1_000_000);
      return new CoreNlpModels(annotators, names, times, parser, config);
    }
  }
}
