package org.vigil.cli;

import org.vigil.core.event.CodedEvent;
import org.vigil.pipeline.CodingWorkers;
import org.vigil.pipeline.FailurePolicy;
import org.vigil.pipeline.IngestJob;
import org.vigil.pipeline.StoreSink;
import org.vigil.pipeline.VigilEngine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.core.store.EventStore;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Annotator;
import org.vigil.core.text.Sentence;
import org.vigil.ingest.ArticleReader;
import org.vigil.nlp.CoreNlpAnnotator;
import org.vigil.nlp.PlainCoreNlp;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;

/**
 * Runs {@code vigil bench} (issue 5): on the same articles in the same JVM, the plain CoreNLP
 * pipeline, Vigil end to end (read, analyse, code, store in an in-memory DuckDB) and the coder
 * alone on the sentences Vigil analysed. Model loading is timed apart and left out of every
 * throughput; the parser's cache is emptied before each run, so that no run profits from the
 * last. Not thread-safe; one run at a time.
 */
final class Bench {
  private static final int WARM_UP_ARTICLES = 8;
  private static final long CODER_MIN_NANOS = 3_000_000_000L;
  /**
   * Coding the analysed corpus over and over, the JIT compiles the coder for 6-16 s before it
   * runs at its steady rate; the coder alone is timed after this much unmeasured coding, once per
   * bench.
   */
  private static final long CODER_WARM_UP_NANOS = 15_000_000_000L;

  /** What to measure. */
  record Settings(Path corpus, int articles, int runs, int threads) {
    Settings {
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be >= 1, was " + articles);
      }
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be >= 1, was " + runs);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
    }
  }

  /** One measured phase: how much it did and what it cost. */
  record Phase(int articles, long sentences, long parsedSentences, Meter.Reading cost) {
    double articlesPerSecond() {
      return articles / (cost.wallNanos() / 1e9);
    }

    double sentencesPerSecond() {
      return sentences / (cost.wallNanos() / 1e9);
    }

    double cpuMsPerSentence() {
      return cost.cpuNanos() / 1e6 / sentences;
    }

    double cpuMsPerArticle() {
      return cost.cpuNanos() / 1e6 / articles;
    }

    /** CPU of the whole process (collector, compiler, native threads too) per sentence. */
    double processCpuMsPerSentence() {
      return cost.processCpuNanos() / 1e6 / sentences;
    }

    /** Sentences per second of CPU: the rate one core sustains. */
    double sentencesPerCpuSecond() {
      return sentences / (cost.cpuNanos() / 1e9);
    }

    double parsedSentencesPerCpuSecond() {
      return parsedSentences / (cost.cpuNanos() / 1e9);
    }
  }

  /**
   * One run of the phases on the same articles: the coder alone runs twice, as Vigil wires it
   * (with the gazetteer placing events) and without a gazetteer.
   */
  record Run(Phase plain, Phase vigil, Phase coder, Phase coderWithoutGazetteer,
      CoreNlpAnnotator.Counts analysed, CoreNlpAnnotator.StageCpu stages, long failed, double codingCpuMs,
      double storeCpuMs) {
    /** CPU ms per sentence of the end-to-end run outside the analysis: coding, places, storing, reading, threads. */
    double restCpuMsPerSentence() {
      double analysis = stages.totalMs();
      return (vigil.cost().cpuNanos() / 1e6 - analysis) / vigil.sentences();
    }

    /** Of the rest: CPU ms per sentence in the coder (with the gazetteer placing events). */
    double codingCpuMsPerSentence() {
      return codingCpuMs / vigil.sentences();
    }

    /** Of the rest: CPU ms per sentence opening the in-memory store and storing (on Java threads). */
    double storeCpuMsPerSentence() {
      return storeCpuMs / vigil.sentences();
    }
  }

  private final Settings settings;
  private final EventCoder coder;
  private final EventCoder coderWithoutGazetteer;
  private final CoreNlpAnnotator annotator;
  private final org.vigil.coding.dictionary.Dictionaries dictionaries;
  private final ArticleReader reader;
  private final PrintStream log;
  private PlainCoreNlp plain;
  /** Whether the coder alone has been warmed up on the whole corpus. */
  private boolean coderWarm;
  /** Whether the engine's triage parses for the learned finder too (its reason is counted then). */
  private final boolean learnedFinder;
  /** Articles the last end-to-end phase failed to code. */
  private long failed;
  /** CPU of the coder and of the store in the last end-to-end phase. */
  private final AtomicLong codingNanos = new AtomicLong();
  private final AtomicLong storeNanos = new AtomicLong();
  private static final java.lang.management.ThreadMXBean THREAD_CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  Bench(Settings settings, VigilEngine engine, ArticleReader reader, PrintStream log) {
    this.settings = settings;
    this.coder = engine.coder();
    this.coderWithoutGazetteer = engine.coderWithoutPlaces();
    this.annotator = engine.annotator();
    this.dictionaries = engine.dictionaries();
    this.learnedFinder = engine.config().learnedCheck().contains(org.vigil.learn.LearnedCheck.Use.FIND);
    this.reader = reader;
    this.log = log;
  }

  /** The first {@code settings.articles()} articles of the corpus. */
  List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    reader.read(settings.corpus(), a -> {
      if (articles.size() < settings.articles()) {
        articles.add(a);
      }
    }, r -> log.println("vigil bench: skipped " + r.record() + ": " + r.reason()));
    return articles;
  }

  /** Loads the plain pipeline; returns the milliseconds it took. */
  long loadPlain() {
    long start = System.nanoTime();
    plain = PlainCoreNlp.load();
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Loads Vigil's models by analysing and coding a short article; returns the milliseconds. */
  long loadVigil() {
    long start = System.nanoTime();
    Article tiny = new Article("bench-load", LocalDate.of(2021, 7, 8), "",
        "On Thursday, Russia promised to help Tajikistan.", "", "bench");
    coder.code(annotator.annotate(tiny));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Runs every phase once on a few articles, so that the JIT has compiled the hot code. */
  void warmUp(List<Article> articles) throws Exception {
    List<Article> few = articles.subList(0, Math.min(WARM_UP_ARTICLES, articles.size()));
    plainPhase(few);
    List<AnnotatedArticle> annotated = new ArrayList<>();
    vigilPhase(() -> few, annotated);
    coderPhase(coder, annotated, 0);
    coderPhase(coderWithoutGazetteer, annotated, 0);
  }

  /** One measured run of the three phases. */
  Run run(List<Article> articles) throws Exception {
    log.println("vigil bench: plain CoreNLP on " + articles.size() + " articles ...");
    Phase plainPhase = plainPhase(articles);
    log.println("vigil bench: Vigil end to end ...");
    // each run starts cold: the parser's cache must not remember the previous run's sentences
    annotator.clearParserCache();
    CoreNlpAnnotator.Counts before = annotator.counts();
    CoreNlpAnnotator.StageCpu stagesBefore = annotator.stageCpu();
    double graphBefore = annotator.enhancedGraphCpuMs();
    failed = 0;
    List<AnnotatedArticle> annotated = new ArrayList<>();
    Phase vigilPhase = vigilPhase(this::articles, annotated);
    CoreNlpAnnotator.Counts after = annotator.counts();
    CoreNlpAnnotator.StageCpu stages = annotator.stageCpu().minus(stagesBefore);
    log.println(String.format(java.util.Locale.ROOT,
        "vigil bench: parse %.0f ms of CPU on %d sentences, of it %.0f ms building enhanced++ graphs",
        stages.parseMs(), after.parsed() - before.parsed(), annotator.enhancedGraphCpuMs() - graphBefore));
    long failedArticles = failed;
    if (!coderWarm) {
      log.println("vigil bench: warming the coder up (" + CODER_WARM_UP_NANOS / 1_000_000_000L + " s) ...");
      coderPhase(coder, annotated, CODER_WARM_UP_NANOS * 2 / 3);
      coderPhase(coderWithoutGazetteer, annotated, CODER_WARM_UP_NANOS / 3);
      coderWarm = true;
    }
    log.println("vigil bench: the coder alone ...");
    Phase coderPhase = coderPhase(coder, annotated, CODER_MIN_NANOS);
    Phase withoutGazetteer = coderPhase(coderWithoutGazetteer, annotated, CODER_MIN_NANOS);
    return new Run(plainPhase, vigilPhase, coderPhase, withoutGazetteer, new CoreNlpAnnotator.Counts(
        after.sentences() - before.sentences(), after.parsed() - before.parsed(),
        after.named() - before.named(), after.timed() - before.timed()), stages, failedArticles,
        codingNanos.get() / 1e6, storeNanos.get() / 1e6);
  }

  private Phase plainPhase(List<Article> articles) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
    try (Meter meter = Meter.start()) {
      List<Future<Integer>> done = new ArrayList<>();
      for (Article article : articles) {
        done.add(workers.submit(() -> plain.annotate(article)));
      }
      long sentences = 0;
      for (Future<Integer> f : done) {
        sentences += f.get();
      }
      return new Phase(articles.size(), sentences, sentences, meter.read());
    } finally {
      workers.shutdownNow();
    }
  }

  /** Reads (through {@code source}), analyses, codes and stores; keeps what it analysed. */
  private Phase vigilPhase(java.util.function.Supplier<List<Article>> source, List<AnnotatedArticle> annotated) {
    AtomicLong sentences = new AtomicLong();
    AtomicLong parsed = new AtomicLong();
    codingNanos.set(0);
    storeNanos.set(0);
    CodingWorkers.ArticleCoder recording = article -> {
      AnnotatedArticle a = annotator.annotate(article);
      sentences.addAndGet(a.sentences().size());
      parsed.addAndGet(a.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count());
      synchronized (annotated) {
        annotated.add(a);
      }
      long start = THREAD_CPU.getCurrentThreadCpuTime();
      try {
        return coder.code(a);
      } finally {
        codingNanos.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - start);
      }
    };
    long[] failed = {0};
    try (Meter meter = Meter.start(); EventStore store = openStore()) {
      StoreSink storing = new StoreSink(store);
      IngestJob.Sink timed = new IngestJob.Sink() {
        @Override
        public void accept(Article article, List<CodedEvent> events, IngestJob.Rejections rejections) {
          long start = THREAD_CPU.getCurrentThreadCpuTime();
          storing.accept(article, events, rejections);
          storeNanos.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - start);
        }

        @Override
        public void finish(IngestJob.Rejections rejections) {
          long start = THREAD_CPU.getCurrentThreadCpuTime();
          storing.finish(rejections);
          storeNanos.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - start);
        }
      };
      IngestJob job = new IngestJob(recording, reader, settings.threads(), FailurePolicy.CONTINUE, (record, reason) -> {
        if (failed[0]++ < 3) {
          log.println("vigil bench: rejected " + record + ": " + reason);
        }
        store.reject(record, reason);
      });
      List<Article> articles = source.get();
      Meter.Reading[] cost = new Meter.Reading[1];
      // read while the workers live: their CPU time ends with them
      job.beforeWorkersEnd(() -> cost[0] = meter.read()).run(articles, timed);
      if (failed[0] > 0) {
        log.println("vigil bench: " + failed[0] + " of " + articles.size() + " articles failed to code or store");
      }
      this.failed = failed[0];
      return new Phase(articles.size(), sentences.get(), parsed.get(), cost[0]);
    }
  }

  /**
   * Each article's sentences as the triage reads them (issue 11, round 5): annotated and coded by
   * the engine on the bench's threads, in the articles' order. The triage reads each sentence as
   * it saw it, with tokens, tags and lemmas only.
   */
  List<List<TriageReport.Line>> triageLines(List<Article> articles) throws Exception {
    org.vigil.coding.EventCandidates triage = new org.vigil.coding.EventCandidates(dictionaries, coderWithoutGazetteer,
        learnedFinder);
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
    try {
      List<Future<List<TriageReport.Line>>> done = new ArrayList<>();
      for (Article article : articles) {
        done.add(workers.submit(() -> {
          AnnotatedArticle a = annotator.annotate(article);
          int[] events = new int[a.sentences().size()];
          for (CodedEvent e : coder.code(a)) {
            events[e.evidence().sentenceIndex()]++;
          }
          List<TriageReport.Line> lines = new ArrayList<>();
          for (Sentence s : a.sentences()) {
            lines.add(new TriageReport.Line(article.id(), s.index(), triage.explain(tagged(s)),
                !s.dependencies().isEmpty(), events[s.index()], s.text()));
          }
          return lines;
        }));
      }
      List<List<TriageReport.Line>> out = new ArrayList<>();
      for (Future<List<TriageReport.Line>> f : done) {
        out.add(f.get());
      }
      return out;
    } finally {
      workers.shutdownNow();
    }
  }

  /** The sentence as the triage saw it: no entities, dependencies or time expressions. */
  private static Sentence tagged(Sentence s) {
    List<org.vigil.core.text.Token> tokens = s.tokens().stream()
        .map(t -> new org.vigil.core.text.Token(t.index(), t.word(), t.lemma(), t.pos(), "O", t.begin(), t.end()))
        .toList();
    return new Sentence(s.index(), s.text(), s.begin(), s.end(), tokens, List.of(), List.of());
  }

  private EventStore openStore() {
    long start = THREAD_CPU.getCurrentThreadCpuTime();
    EventStore store = new DuckDbEventStore(StoreConfig.inMemory(), InstantSource.system());
    storeNanos.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - start);
    return store;
  }

  /** Codes the analysed articles on this thread, over and over for at least {@code minNanos}. */
  private static Phase coderPhase(EventCoder coder, List<AnnotatedArticle> annotated, long minNanos) {
    long perPass = 0;
    long parsedPerPass = 0;
    for (AnnotatedArticle a : annotated) {
      perPass += a.sentences().size();
      for (Sentence s : a.sentences()) {
        parsedPerPass += s.dependencies().isEmpty() ? 0 : 1;
      }
    }
    long passes = 0;
    long start = System.nanoTime();
    try (Meter meter = Meter.start()) {
      do {
        for (AnnotatedArticle a : annotated) {
          try {
            coder.code(a);
          } catch (RuntimeException e) {
            // counted in the end-to-end phase; the work done before the failure is measured here
          }
        }
        passes++;
      } while (System.nanoTime() - start < minNanos);
      return new Phase((int) (passes * annotated.size()), passes * perPass,
          passes * parsedPerPass, meter.read());
    }
  }
}
