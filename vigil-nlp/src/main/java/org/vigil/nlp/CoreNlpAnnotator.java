package org.vigil.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
 * <p>The models load on the first {@link #annotate} (7-25 s; about 600 MB of heap with the
 * defaults, give the JVM 2 GB) and are shared by every instance with the same settings in the
 * JVM. Instances are thread-safe; throughput grows with the number of threads calling {@code
 * annotate} (on two cores: ~50 sentences/s from one thread, ~75 from two).
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
  private final Supplier<Pipeline> pipeline;
  private final AtomicLong unparsed = new AtomicLong();

  /** An annotator with these settings; cheap: the models load on first use. */
  public CoreNlpAnnotator(NlpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = Pipeline.shared(config);
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
    Pipeline loaded = load(article);
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    int skipped = 0;
    for (Chunks.Chunk chunk : Chunks.split(text, config.chunkChars())) {
      try {
        Pipeline.Result result =
            loaded.annotate(text.substring(chunk.begin(), chunk.end()), article.date());
        for (CoreMap sentence : result.sentences()) {
          sentences.add(SentenceConverter.convert(sentence, sentences.size(), text, chunk.begin()));
        }
        skipped += result.tooLong();
      } catch (RuntimeException e) {
        throw new VigilException("CoreNLP failed on article " + article.id() + " at characters ["
            + chunk.begin() + ", " + chunk.end() + "): " + e, e);
      }
    }
    if (skipped > 0) {
      unparsed.addAndGet(skipped);
      LOG.log(System.Logger.Level.DEBUG, "article {0}: {1} sentence(s) over {2} tokens not analysed",
          article.id(), skipped, config.maxSentenceTokens());
    }
    return new AnnotatedArticle(article, sentences);
  }

  /** Sentences this instance left unparsed because they were too long, since it was created. */
  public long unparsedSentences() {
    return unparsed.get();
  }

  @Override
  public String toString() {
    return "CoreNlpAnnotator" + config;
  }

  private Pipeline load(Article article) {
    try {
      return pipeline.get();
    } catch (RuntimeException e) {
      throw new VigilException("CoreNLP models could not be loaded to annotate article "
          + article.id() + " with " + config + ": " + e, e);
    }
  }
}
