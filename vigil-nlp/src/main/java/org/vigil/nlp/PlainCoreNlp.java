package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.vigil.core.article.Article;

/**
 * The plain CoreNLP pipeline that Vigil's speed is measured against (issue 5): {@value
 * #ANNOTATORS} with CoreNLP's defaults for everything else (fine-grained NER and SUTime on, the
 * parser building all its graphs), each article one document dated by the article. Only for
 * benchmarks: it produces nothing Vigil reads.
 *
 * <p>Loading takes 10-30 s and about 1.1 GB of heap. Thread-safe: each call annotates its own
 * document.
 */
public final class PlainCoreNlp {
  /** The annotators of the plain pipeline. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private final StanfordCoreNLP pipeline;

  private PlainCoreNlp(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the models now. */
  public static PlainCoreNlp load() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    return new PlainCoreNlp(new StanfordCoreNLP(props));
  }

  /** Annotates the article's text and returns how many sentences CoreNLP found in it. */
  public int annotate(Article article) {
    Objects.requireNonNull(article, "article");
    Annotation document = new Annotation(article.text());
    document.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    pipeline.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? 0 : sentences.size();
  }
}
