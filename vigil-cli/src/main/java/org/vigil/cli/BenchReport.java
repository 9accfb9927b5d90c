package org.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.vigil.nlp.PlainCoreNlp;

/**
 * The figures of a {@code vigil bench} run: medians over the runs, as text or one JSON object.
 * Immutable.
 *
 * @param settings what was measured
 * @param pipeline "selective" (the default) or "full" ({@code --full-pipeline})
 * @param runs the measured runs
 * @param vigilLoadMs loading Vigil's models, dictionaries and gazetteer
 * @param plainLoadMs loading the plain CoreNLP pipeline
 * @param vigilLiveHeapBytes heap after a full collection with Vigil loaded (before plain CoreNLP)
 * @param bothLiveHeapBytes heap after a full collection with both pipelines loaded
 * @param date when the run ended
 */
record BenchReport(Bench.Settings settings, String pipeline, List<Bench.Run> runs, long vigilLoadMs,
    long plainLoadMs, long vigilLiveHeapBytes, long bothLiveHeapBytes, Instant date) {
  private static final double MB = 1024.0 * 1024.0;

  BenchReport {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one run");
    }
  }

  /** Vigil's articles/s over plain CoreNLP's, run by run. */
  double ratio() {
    return median(r -> r.vigil().articlesPerSecond() / r.plain().articlesPerSecond());
  }

  /** Plain CoreNLP's CPU per article over Vigil's. */
  double cpuRatio() {
    return median(r -> r.plain().cpuMsPerArticle() / r.vigil().cpuMsPerArticle());
  }

  double peakHeapMb() {
    return runs.stream().mapToLong(r -> r.vigil().cost().peakHeapBytes()).max().orElse(0) / MB;
  }

  double peakLiveHeapMb() {
    return runs.stream().mapToLong(r -> r.vigil().cost().peakLiveHeapBytes()).max().orElse(0) / MB;
  }

  String toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", date.toString());
    out.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
        "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        "java", Runtime.version().toString(),
        "max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / MB)));
    out.put("corpus", settings.corpus().toString());
    out.put("articles", runs.get(0).vigil().articles());
    out.put("runs", runs.size());
    out.put("threads", settings.threads());
    out.put("pipeline", pipeline);
    out.put("ratio_vs_corenlp", round(ratio(), 2));
    out.put("cpu_ratio_vs_corenlp", round(cpuRatio(), 2));
    out.put("process_cpu_ratio_vs_corenlp", round(median(r -> r.plain().processCpuMsPerSentence()
        / r.vigil().processCpuMsPerSentence()), 2));
    out.put("articles_per_s", round(median(r -> r.vigil().articlesPerSecond()), 2));
    out.put("sentences_per_s", round(median(r -> r.vigil().sentencesPerSecond()), 1));
    out.put("cpu_ms_per_sentence", round(median(r -> r.vigil().cpuMsPerSentence()), 2));
    out.put("process_cpu_ms_per_sentence", round(median(r -> r.vigil().processCpuMsPerSentence()), 2));
    out.put("coder_sentences_per_s_per_core",
        Math.round(median(r -> r.coder().parsedSentencesPerCpuSecond())));
    out.put("coder_all_sentences_per_s_per_core",
        Math.round(median(r -> r.coder().sentencesPerCpuSecond())));
    out.put("coder_without_gazetteer_sentences_per_s_per_core",
        Math.round(median(r -> r.coderWithoutGazetteer().parsedSentencesPerCpuSecond())));
    out.put("peak_heap_mb", Math.round(peakHeapMb()));
    out.put("peak_live_heap_mb", Math.round(peakLiveHeapMb()));
    out.put("live_heap_mb", Map.of("vigil", Math.round(vigilLiveHeapBytes / MB),
        "vigil_and_corenlp", Math.round(bothLiveHeapBytes / MB)));
    out.put("load_ms", Map.of("vigil", vigilLoadMs, "corenlp", plainLoadMs));
    Bench.Run first = runs.get(0);
    out.put("analysed", Map.of("sentences", first.analysed().sentences(),
        "parsed", first.analysed().parsed(), "named", first.analysed().named(),
        "timed", first.analysed().timed()));
    Map<String, Object> stages = new LinkedHashMap<>();
    stages.put("tokens_to_lemmas", round(median(r -> r.stages().taggerMs() / r.vigil().sentences()), 3));
    stages.put("triage", round(median(r -> r.stages().triageMs() / r.vigil().sentences()), 3));
    stages.put("crf_ner", round(median(r -> r.stages().namesMs() / r.vigil().sentences()), 3));
    stages.put("sutime", round(median(r -> r.stages().timesMs() / r.vigil().sentences()), 3));
    stages.put("depparse", round(median(r -> r.stages().parseMs() / r.vigil().sentences()), 3));
    stages.put("convert_to_vigil", round(median(r -> r.stages().convertMs() / r.vigil().sentences()), 3));
    stages.put("coding_places_store_read", round(median(Bench.Run::restCpuMsPerSentence), 3));
    stages.put("of_which_coding_places", round(median(Bench.Run::codingCpuMsPerSentence), 3));
    stages.put("of_which_store", round(median(Bench.Run::storeCpuMsPerSentence), 3));
    out.put("cpu_ms_per_sentence_by_stage", stages);
    out.put("failed_articles", first.failed());
    out.put("corenlp", Map.of(
        "annotators", PlainCoreNlp.ANNOTATORS,
        "articles_per_s", round(median(r -> r.plain().articlesPerSecond()), 2),
        "sentences_per_s", round(median(r -> r.plain().sentencesPerSecond()), 1),
        "cpu_ms_per_sentence", round(median(r -> r.plain().cpuMsPerSentence()), 2),
        "process_cpu_ms_per_sentence", round(median(r -> r.plain().processCpuMsPerSentence()), 2)));
    List<Map<String, Object>> perRun = new ArrayList<>();
    for (Bench.Run r : runs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ratio_vs_corenlp", round(r.vigil().articlesPerSecond() / r.plain().articlesPerSecond(), 2));
      m.put("cpu_ratio_vs_corenlp", round(r.plain().cpuMsPerArticle() / r.vigil().cpuMsPerArticle(), 2));
      m.put("cpu_ms_per_sentence", round(r.vigil().cpuMsPerSentence(), 2));
      m.put("corenlp_cpu_ms_per_sentence", round(r.plain().cpuMsPerSentence(), 2));
      m.put("process_cpu_ms_per_sentence", round(r.vigil().processCpuMsPerSentence(), 2));
      m.put("corenlp_process_cpu_ms_per_sentence", round(r.plain().processCpuMsPerSentence(), 2));
      m.put("articles_per_s", round(r.vigil().articlesPerSecond(), 2));
      m.put("corenlp_articles_per_s", round(r.plain().articlesPerSecond(), 2));
      m.put("coder_sentences_per_s_per_core", Math.round(r.coder().parsedSentencesPerCpuSecond()));
      m.put("coder_without_gazetteer_sentences_per_s_per_core",
          Math.round(r.coderWithoutGazetteer().parsedSentencesPerCpuSecond()));
      m.put("peak_heap_mb", Math.round(r.vigil().cost().peakHeapBytes() / MB));
      perRun.add(m);
    }
    out.put("per_run", perRun);
    try {
      return new ObjectMapper().writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  String toText() {
    Bench.Run first = runs.get(0);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "vigil bench: %s, %d articles, %d run(s), %d thread(s), %d cores, %s pipeline%n",
        settings.corpus(), first.vigil().articles(), runs.size(), settings.threads(),
        Runtime.getRuntime().availableProcessors(), pipeline));
    sb.append(String.format(Locale.ROOT, "%-22s %12s %12s %14s %18s%n", "median of runs", "articles/s",
        "sentences/s", "CPU ms/sent.", "peak heap MB*"));
    row(sb, "plain CoreNLP", r -> r.plain());
    row(sb, "Vigil end to end", r -> r.vigil());
    sb.append(String.format(Locale.ROOT, "%-22s %12s %12s %14s%n", "coder alone (1 core)", "",
        fmt(median(r -> r.coder().parsedSentencesPerCpuSecond()), 0),
        fmt(median(r -> r.coder().cost().cpuNanos() / 1e6 / r.coder().parsedSentences()), 4)));
    sb.append(String.format(Locale.ROOT, "%-22s %12s %12s %14s%n", " without gazetteer", "",
        fmt(median(r -> r.coderWithoutGazetteer().parsedSentencesPerCpuSecond()), 0),
        fmt(median(r -> r.coderWithoutGazetteer().cost().cpuNanos() / 1e6
            / r.coderWithoutGazetteer().parsedSentences()), 4)));
    sb.append(String.format(Locale.ROOT,
        "%nVigil / plain CoreNLP: %.2fx (articles/s), %.2fx (CPU per article), %.2fx (process CPU: %.2f / %.2f ms a sentence)%n",
        ratio(), cpuRatio(), median(r -> r.plain().processCpuMsPerSentence() / r.vigil().processCpuMsPerSentence()),
        median(r -> r.plain().processCpuMsPerSentence()), median(r -> r.vigil().processCpuMsPerSentence())));
    sb.append(String.format(Locale.ROOT,
        "coder alone: %.0f parsed sentences/s per core (%.0f counting the unparsed ones it skips; %.0f without the gazetteer)%n",
        median(r -> r.coder().parsedSentencesPerCpuSecond()), median(r -> r.coder().sentencesPerCpuSecond()),
        median(r -> r.coderWithoutGazetteer().parsedSentencesPerCpuSecond())));
    CoreNlpAnnotatorCounts c = new CoreNlpAnnotatorCounts(first);
    sb.append(String.format(Locale.ROOT,
        "analysed: %d sentences, %.0f%% parsed, %.0f%% with CRF NER, %.0f%% with SUTime%n",
        c.sentences, c.pct(c.parsed), c.pct(c.named), c.pct(c.timed)));
    sb.append(String.format(Locale.ROOT,
        "Vigil CPU ms per sentence by stage: tokens-lemmas %.2f, triage %.2f, CRF NER %.2f, SUTime %.2f, parse %.2f, "
            + "conversion %.2f, coding+places+store+read %.2f (coding+places %.2f, store %.2f)%n",
        median(r -> r.stages().taggerMs() / r.vigil().sentences()),
        median(r -> r.stages().triageMs() / r.vigil().sentences()),
        median(r -> r.stages().namesMs() / r.vigil().sentences()),
        median(r -> r.stages().timesMs() / r.vigil().sentences()),
        median(r -> r.stages().parseMs() / r.vigil().sentences()),
        median(r -> r.stages().convertMs() / r.vigil().sentences()), median(Bench.Run::restCpuMsPerSentence),
        median(Bench.Run::codingCpuMsPerSentence), median(Bench.Run::storeCpuMsPerSentence)));
    if (first.failed() > 0) {
      sb.append(String.format(Locale.ROOT, "%d article(s) failed to code (coder errors; see vigil code)%n",
          first.failed()));
    }
    sb.append(String.format(Locale.ROOT,
        "load (not in the figures): Vigil %d ms, plain CoreNLP %d ms%n", vigilLoadMs, plainLoadMs));
    sb.append(String.format(Locale.ROOT,
        "* peak used / peak live after a major collection (0: none), with both pipelines loaded; live after loading: %d MB with Vigil alone, %d MB with both%n",
        Math.round(vigilLiveHeapBytes / MB), Math.round(bothLiveHeapBytes / MB)));
    return sb.toString();
  }

  private void row(StringBuilder sb, String name, java.util.function.Function<Bench.Run, Bench.Phase> phase) {
    sb.append(String.format(Locale.ROOT, "%-22s %12s %12s %14s %18s%n", name,
        fmt(median(r -> phase.apply(r).articlesPerSecond()), 2),
        fmt(median(r -> phase.apply(r).sentencesPerSecond()), 1),
        fmt(median(r -> phase.apply(r).cpuMsPerSentence()), 2),
        fmt(runs.stream().mapToLong(r -> phase.apply(r).cost().peakHeapBytes()).max().orElse(0) / MB, 0) + " / "
            + fmt(runs.stream().mapToLong(r -> phase.apply(r).cost().peakLiveHeapBytes()).max().orElse(0) / MB, 0)));
  }

  /** The analysis counts of one run, as shares of its sentences. */
  private static final class CoreNlpAnnotatorCounts {
    final long sentences;
    final long parsed;
    final long named;
    final long timed;

    CoreNlpAnnotatorCounts(Bench.Run run) {
      this.sentences = run.analysed().sentences();
      this.parsed = run.analysed().parsed();
      this.named = run.analysed().named();
      this.timed = run.analysed().timed();
    }

    double pct(long n) {
      return sentences == 0 ? 0 : 100.0 * n / sentences;
    }
  }

  private double median(ToDoubleFunction<Bench.Run> f) {
    double[] v = runs.stream().mapToDouble(f).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }

  private static String fmt(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
