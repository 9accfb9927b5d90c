package org.vigil.nlp;

import org.vigil.core.text.SentenceTriage;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.core.VigilException;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Annotator;
import org.vigil.core.text.Sentence;

/**
 * Annotates articles with Stanford CoreNLP 4.5.10: tokens, sentences, POS, lemmas, named
 * entities, SUTime time expressions resolved against the article date, and the enhanced++
 * Universal Dependencies graph.
 *
 * <p>Two shapes. {@link #CoreNlpAnnotator(NlpConfig)} runs every configured annotator on every
 * sentence (the full pipeline). {@link #CoreNlpAnnotator(NlpConfig, SentenceTriage)} gives every
 * sentence tokens, tags and lemmas, and the parse and the CRF named entities only where the
 * triage asks for them; once the whole article is parsed, SUTime runs on the sentences with a
 * time cue that the triage chooses ({@link SentenceTriage#timed}: those with an event, and unparsed
 * ones too where they may date the episode of the next, issue 11 round 8). On news, with the
 * coder's triage, Vigil end to end costs about a sixth of plain CoreNLP's CPU (issue 5, measured
 * in {@code docs/BENCHMARKS.md}). Sentences left out have no dependencies and NER tags {@code O},
 * and time expressions only where the triage chose them for SUTime.
 *
 * <p>The models load on the first {@link #annotate} (7-25 s; about 600 MB of heap with the
 * defaults, plus up to 200 MB of parser cache; give the JVM 2 GB) and are shared by every
 * instance with the same settings and shape in the JVM. Instances are thread-safe; throughput
 * grows with the number of threads calling {@code annotate}.
 *
 * <p>Only {@link Article#text()} is annotated; the title is not. Token and sentence offsets are
 * {@code char} offsets into that text and each token's {@code word} is the text at its offsets.
 * Texts longer than {@link NlpConfig#chunkChars()} are annotated in pieces cut at blank lines.
 * Sentences longer than {@link NlpConfig#maxSentenceTokens()} keep their tokens, tags and lemmas
 * but get no entities, time expressions or dependencies; {@link #unparsedSentences()} counts them.
 */
public final class CoreNlpAnnotator implements Annotator {
  private static final System.Logger LOG = System.getLogger(CoreNlpAnnotator.class.getName());

  private final NlpConfig config;
  private final SentenceTriage triage;
  private final CoreNlpModels.Loaded pipeline;
  private final AtomicLong unparsed = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong parsed = new AtomicLong();
  private final AtomicLong named = new AtomicLong();
  private final AtomicLong timed = new AtomicLong();
  private final AtomicLong convertNanos = new AtomicLong();
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private final java.util.concurrent.atomic.AtomicReference<CoreNlpModels.StageCpu> cpu =
      new java.util.concurrent.atomic.AtomicReference<>(CoreNlpModels.StageCpu.ZERO);

  /**
   * How many sentences an annotator has seen since it was created, and how many of them got the
   * parse, the CRF named entities and SUTime.
   */
  public record Counts(long sentences, long parsed, long named, long timed) {}

  /**
   * CPU milliseconds an annotator has spent in each stage since it was created, summed over the
   * threads that called it: tokens to lemmas (in the full shape with the named entities and
   * SUTime), the triage, the CRF named entities, SUTime, the parse, and the conversion of
   * CoreNLP's annotations into Vigil's sentences (issue 5, for {@code vigil bench}). Only the
   * calling threads are counted, so with {@link NlpConfig#threadsPerArticle()} above 1 the work CoreNLP
   * hands to its own threads is missing.
   */
  public record StageCpu(double taggerMs, double triageMs, double namesMs, double timesMs, double parseMs,
      double convertMs) {
    /** This reading minus an earlier one. */
    public StageCpu minus(StageCpu earlier) {
      return new StageCpu(taggerMs - earlier.taggerMs, triageMs - earlier.triageMs, namesMs - earlier.namesMs,
          timesMs - earlier.timesMs, parseMs - earlier.parseMs, convertMs - earlier.convertMs);
    }

    /** All stages together. */
    public double totalMs() {
      return taggerMs + triageMs + namesMs + timesMs + parseMs + convertMs;
    }
  }

  /** A full-pipeline annotator with these settings; cheap: the models load on first use. */
  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.triage = null;
    this.pipeline = CoreNlpModels.shared(config, false);
  }

  /**
   * A selective annotator: tokens, tags and lemmas on every sentence, the rest where {@code
   * triage} asks; cheap: the models load on first use.
   */
  public CoreNlpAnnotator(NlpConfig config, SentenceTriage triage) {
    this.config = Objects.requireNonNull(config, "config");
    this.triage = Objects.requireNonNull(triage, "triage");
    this.pipeline = CoreNlpModels.shared(config, true);
  }

  /**
   * Annotates the article's text.
   *
   * @throws VigilException naming the article id when the models cannot be loaded or CoreNLP
   *     fails on the text
   */
  @Override
  public AnnotatedArticle annotate(Article article) {
    Objects.requireNonNull(article, "article");
    CoreNlpModels loaded = load(article);
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    int skipped = 0;
    // each chunk with its result and the article index of its first sentence, for SUTime after
    List<Chunks.Chunk> chunks = Chunks.split(text, config.chunkChars());
    List<CoreNlpModels.Result> results = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    Set<Integer> candidates = new TreeSet<>();
    for (Chunks.Chunk chunk : chunks) {
      try {
        String piece = text.substring(chunk.begin(), chunk.end());
        CoreNlpModels.Result result = triage == null
            ? loaded.annotate(piece, article.date())
            : loaded.annotate(piece, article.date(), triage);
        long convertStart = THREADS.getCurrentThreadCpuTime();
        firsts.add(sentences.size());
        results.add(result);
        for (int i : result.timeCandidates()) {
          candidates.add(sentences.size() + i);
        }
        for (CoreMap sentence : result.sentences()) {
          sentences.add(SentenceConverter.convert(sentence, sentences.size(), text, chunk.begin()));
        }
        convertNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - convertStart);
        skipped += result.tooLong();
        count(result);
      } catch (RuntimeException e) {
        throw new VigilException("CoreNLP failed on article " + article.id() + " at characters ["
            + chunk.begin() + ", " + chunk.end() + "): " + e, e);
      }
    }
    if (!candidates.isEmpty()) {
      time(article, loaded, chunks, results, firsts, sentences, candidates);
    }
    if (skipped > 0) {
      unparsed.addAndGet(skipped);
      LOG.log(System.Logger.Level.DEBUG, "article {0}: {1} sentence(s) over {2} tokens not analysed",
          article.id(), skipped, config.maxSentenceTokens());
    }
    return new AnnotatedArticle(article, sentences);
  }

  /**
   * SUTime on the candidates the triage picks, chunk by chunk; their sentences are converted
   * again, with their time expressions.
   */
  private void time(Article article, CoreNlpModels loaded, List<Chunks.Chunk> chunks,
      List<CoreNlpModels.Result> results, List<Integer> firsts, List<Sentence> sentences,
      Set<Integer> candidates) {
    long start = THREADS.getCurrentThreadCpuTime();
    Set<Integer> chosen = triage.timed(article, List.copyOf(sentences), Set.copyOf(candidates));
    // the choice is the triage's work (EventCandidates codes the article for it)
    long choosing = THREADS.getCurrentThreadCpuTime() - start;
    cpu.accumulateAndGet(new CoreNlpModels.StageCpu(0, choosing, 0, 0, 0), CoreNlpModels.StageCpu::plus);
    if (chosen == null) {
      throw new NullPointerException("triage " + triage + " chose no time candidates for article " + article.id());
    }
    String text = article.text();
    for (int c = 0; c < results.size(); c++) {
      int first = firsts.get(c);
      int end = first + results.get(c).sentences().size();
      List<Integer> indexes = new ArrayList<>();
      for (int i : candidates) {
        if (i >= first && i < end && chosen.contains(i)) {
          indexes.add(i);
        }
      }
      if (indexes.isEmpty()) {
        continue;
      }
      try {
        // the sentences the triage did not parse apart (round 8), so that SUTime reads the parsed ones
        // as before: it resolves an expression written again ("Sunday") as it did the first time
        List<Integer> unparsed = indexes.stream().filter(i -> sentences.get(i).dependencies().isEmpty()).toList();
        List<Integer> parsed = indexes.stream().filter(i -> !unparsed.contains(i)).toList();
        long nanos = loaded.time(results.get(c), parsed.stream().map(i -> i - first).toList())
            + loaded.time(results.get(c), unparsed.stream().map(i -> i - first).toList());
        cpu.accumulateAndGet(new CoreNlpModels.StageCpu(0, 0, 0, nanos, 0), CoreNlpModels.StageCpu::plus);
        timed.addAndGet(indexes.size());
        long convertStart = THREADS.getCurrentThreadCpuTime();
        for (int i : indexes) {
          CoreMap sentence = results.get(c).sentences().get(i - first);
          sentences.set(i, SentenceConverter.convert(sentence, i, text, chunks.get(c).begin()));
        }
        convertNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - convertStart);
      } catch (RuntimeException e) {
        throw new VigilException("SUTime failed on article " + article.id() + ": " + e, e);
      }
    }
  }

  /** Sentences this instance left unparsed because they were too long, since it was created. */
  public long unparsedSentences() {
    return unparsed.get();
  }

  /**
   * Empties the dependency parser's cache (shared by every annotator with these settings and
   * shape), so that a benchmark reading the same articles again is not faster for having seen
   * them. Never needed otherwise. Does nothing when the models are not loaded yet.
   *
   * @throws IllegalStateException when this CoreNLP's parser cache cannot be reached
   */
  public void clearParserCache() {
    if (pipeline.isLoaded()) {
      pipeline.get().clearParserCache();
    }
  }

  /**
   * Of the parse's CPU, the milliseconds spent building the enhanced++ graphs from the predicted
   * parses (the rest is the neural network), summed over every annotator of these settings and
   * shape since the models loaded; 0 before. For {@code vigil bench}, which reads it before and
   * after a run.
   */
  public double enhancedGraphCpuMs() {
    return pipeline.isLoaded() ? pipeline.get().graphNanos() / 1e6 : 0;
  }

  /** The CPU time of each stage since this instance was created. */
  public StageCpu stageCpu() {
    CoreNlpModels.StageCpu c = cpu.get();
    return new StageCpu(c.tagger() / 1e6, c.triage() / 1e6, c.names() / 1e6, c.times() / 1e6, c.parse() / 1e6,
        convertNanos.get() / 1e6);
  }

  /** What this instance has annotated since it was created. */
  public Counts counts() {
    return new Counts(total.get(), parsed.get(), named.get(), timed.get());
  }

  @Override
  public String toString() {
    return "CoreNlpAnnotator" + config + (triage == null ? "" : "[selective: " + triage + "]");
  }

  private void count(CoreNlpModels.Result result) {
    total.addAndGet(result.sentences().size());
    parsed.addAndGet(result.parsed());
    named.addAndGet(result.named());
    timed.addAndGet(result.timed());
    cpu.accumulateAndGet(result.cpu(), CoreNlpModels.StageCpu::plus);
  }

  private CoreNlpModels load(Article article) {
    try {
      return pipeline.get();
    } catch (RuntimeException e) {
      throw new VigilException("CoreNLP models could not be loaded to annotate article "
          + article.id() + " with " + config + ": " + e, e);
    }
  }
}
