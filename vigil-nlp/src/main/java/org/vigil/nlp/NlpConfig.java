package org.vigil.nlp;

/**
 * Settings of {@link CoreNlpAnnotator}. Immutable; the compact constructor rejects bad values
 * with the value in the message.
 *
 * <p>Keys and defaults (as in {@link #defaults()}):
 *
 * <ul>
 *   <li>{@code threadsPerArticle} = 1: CoreNLP's worker threads within one article (POS, NER
 *       and parser run the sentences of one article in parallel). Leave at 1 when the caller
 *       already annotates several articles at once, as Vigil's apps do. Not a user setting: the
 *       {@code threads} of {@code docs/configuration.md} are the workers that analyse and code
 *       whole articles, each with one thread inside CoreNLP.
 *   <li>{@code ner} = true: run the CRF named-entity models (PERSON, LOCATION, ORGANIZATION,
 *       MISC). Without them tokens are {@code O} except for SUTime's dates and numbers.
 *   <li>{@code fineGrainedNer} = false: CoreNLP's fine-grained rules (COUNTRY, CITY, ...);
 *       they triple the NER cost.
 *   <li>{@code sutime} = true: find and normalise time expressions against the article date.
 *   <li>{@code parse} = true: run the enhanced++ dependency parser.
 *   <li>{@code maxSentenceTokens} = 150: longer sentences keep their tokens, tags and lemmas but
 *       get no named entities, time expressions or dependencies. SUTime and the parser slow down
 *       more than linearly on such "sentences" (tables, lists, text without punctuation): one of
 *       3,000 tokens takes 20 s.
 *   <li>{@code chunkChars} = 200,000: longer texts are annotated in chunks split at paragraph
 *       breaks, so a 5 MB article does not hold all of CoreNLP's annotations in memory at once.
 *   <li>{@code newlineBreak} = {@link NewlineBreak#TWO}: a blank line always ends a sentence,
 *       which keeps headlines and datelines out of the next sentence.
 *   <li>{@code parserCache} = 50,000: entries in the dependency parser's cache of hidden-layer
 *       products (CoreNLP's {@code depparse.numCached}, 5,000 by default). 4 KB each, so 200 MB
 *       when full; on news not seen before it makes the parser a fifth faster (issue 5) and
 *       changes no parse.
 * </ul>
 *
 * @param threadsPerArticle CoreNLP's worker threads within one article, 1 to 64
 * @param ner whether to run the CRF named-entity models
 * @param fineGrainedNer whether to apply the fine-grained NER rules; needs {@code ner}
 * @param sutime whether to find and normalise time expressions
 * @param parse whether to run the dependency parser
 * @param maxSentenceTokens longest sentence, in tokens, that gets NER, SUTime and the parser; at
 *     least 1
 * @param chunkChars longest text, in characters, annotated in one piece; at least 1,000
 * @param newlineBreak when a newline ends a sentence
 * @param parserCache entries of the parser's cache; 0 turns it off
 */
public record NlpConfig(
    int threadsPerArticle,
    boolean ner,
    boolean fineGrainedNer,
    boolean sutime,
    boolean parse,
    int maxSentenceTokens,
    int chunkChars,
    NewlineBreak newlineBreak,
    int parserCache) {

  /** When a newline ends a sentence: CoreNLP's {@code ssplit.newlineIsSentenceBreak}. */
  public enum NewlineBreak {
    /** Every newline ends a sentence. */
    ALWAYS,
    /** Newlines are ordinary whitespace. */
    NEVER,
    /** Two or more newlines in a row (a blank line) end a sentence. */
    TWO;

    String property() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public NlpConfig {
    if (threadsPerArticle < 1 || threadsPerArticle > 64) {
      throw new IllegalArgumentException("threadsPerArticle must be in [1, 64], was " + threadsPerArticle);
    }
    if (fineGrainedNer && !ner) {
      throw new IllegalArgumentException("fineGrainedNer needs ner");
    }
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens must be >= 1, was " + maxSentenceTokens);
    }
    if (chunkChars < 1_000) {
      throw new IllegalArgumentException("chunkChars must be >= 1000, was " + chunkChars);
    }
    if (newlineBreak == null) {
      throw new NullPointerException("newlineBreak");
    }
    if (parserCache < 0) {
      throw new IllegalArgumentException("parserCache must be >= 0, was " + parserCache);
    }
  }

  /** The defaults listed above: the full pipeline, one thread. */
  public static NlpConfig defaults() {
    return new NlpConfig(1, true, false, true, true, 150, 200_000, NewlineBreak.TWO, 50_000);
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /** Builds an {@link NlpConfig}; each setter checks its value at once. Not thread-safe. */
  public static final class Builder {
    private NlpConfig config;

    private Builder(NlpConfig start) {
      this.config = start;
    }

    public Builder threadsPerArticle(int threadsPerArticle) {
      config = new NlpConfig(threadsPerArticle, config.ner, config.fineGrainedNer, config.sutime,
          config.parse, config.maxSentenceTokens, config.chunkChars, config.newlineBreak,
          config.parserCache);
      return this;
    }

    /** Turning NER off also turns off the fine-grained rules. */
    public Builder ner(boolean ner) {
      config = new NlpConfig(config.threadsPerArticle, ner, ner && config.fineGrainedNer, config.sutime,
          config.parse, config.maxSentenceTokens, config.chunkChars, config.newlineBreak,
          config.parserCache);
      return this;
    }

    /** Turning the fine-grained rules on also turns NER on. */
    public Builder fineGrainedNer(boolean fineGrainedNer) {
      config = new NlpConfig(config.threadsPerArticle, config.ner || fineGrainedNer, fineGrainedNer,
          config.sutime, config.parse, config.maxSentenceTokens, config.chunkChars,
          config.newlineBreak, config.parserCache);
      return this;
    }

    public Builder sutime(boolean sutime) {
      config = new NlpConfig(config.threadsPerArticle, config.ner, config.fineGrainedNer, sutime,
          config.parse, config.maxSentenceTokens, config.chunkChars, config.newlineBreak,
          config.parserCache);
      return this;
    }

    public Builder parse(boolean parse) {
      config = new NlpConfig(config.threadsPerArticle, config.ner, config.fineGrainedNer, config.sutime,
          parse, config.maxSentenceTokens, config.chunkChars, config.newlineBreak,
          config.parserCache);
      return this;
    }

    public Builder maxSentenceTokens(int maxSentenceTokens) {
      config = new NlpConfig(config.threadsPerArticle, config.ner, config.fineGrainedNer, config.sutime,
          config.parse, maxSentenceTokens, config.chunkChars, config.newlineBreak,
          config.parserCache);
      return this;
    }

    public Builder chunkChars(int chunkChars) {
      config = new NlpConfig(config.threadsPerArticle, config.ner, config.fineGrainedNer, config.sutime,
          config.parse, config.maxSentenceTokens, chunkChars, config.newlineBreak,
          config.parserCache);
      return this;
    }

    public Builder newlineBreak(NewlineBreak newlineBreak) {
      config = new NlpConfig(config.threadsPerArticle, config.ner, config.fineGrainedNer, config.sutime,
          config.parse, config.maxSentenceTokens, config.chunkChars, newlineBreak,
          config.parserCache);
      return this;
    }

    public Builder parserCache(int parserCache) {
      config = new NlpConfig(config.threadsPerArticle, config.ner, config.fineGrainedNer, config.sutime,
          config.parse, config.maxSentenceTokens, config.chunkChars, config.newlineBreak,
          parserCache);
      return this;
    }

    public NlpConfig build() {
      return config;
    }
  }
}
