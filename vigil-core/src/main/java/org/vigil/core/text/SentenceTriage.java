package org.vigil.core.text;

import java.util.List;
import java.util.Set;
import org.vigil.core.article.Article;
import org.vigil.core.text.Sentence;

/**
 * Decides, from a cheaply annotated sentence, which of CoreNLP's costly annotators it is worth
 * (issue 5). {@link CoreNlpAnnotator} first gives every sentence tokens, POS tags and lemmas
 * (about 1-2 ms of CPU a sentence), then asks the triage: the dependency parse costs 5-10 ms and
 * CRF named entities 2-3 ms, so they run only where the triage asks for them. SUTime (about 6 ms)
 * can run only on the parsed sentences that contain a time cue (a month, a weekday, a year,
 * "yesterday", "last week"): the coder dates events only from time expressions attached to a
 * parsed clause. Of those, {@link #timed} picks the ones that get it, once the whole article is
 * parsed.
 *
 * <p>The sentence passed in has its tokens (word, lemma, POS; every NER tag {@code O}), no
 * dependencies and no time expressions; its offsets are relative to the piece of text being
 * annotated. Implementations must be thread-safe: one annotator calls them from every worker.
 */
@FunctionalInterface
public interface SentenceTriage {

  /**
   * What one sentence needs beyond tokens, tags and lemmas.
   *
   * @param parse the dependency parse (and, where the sentence has a time cue and {@link #timed}
   *     asks for it, SUTime)
   * @param names the CRF named-entity tags (PERSON, LOCATION, ORGANIZATION, MISC)
   */
  record Needs(boolean parse, boolean names) {
    /** Tokens, tags and lemmas are enough. */
    public static final Needs NOTHING = new Needs(false, false);
    /** The parse and the named entities. */
    public static final Needs EVERYTHING = new Needs(true, true);
  }

  /**
   * What the sentence needs.
   *
   * @param tagged the sentence with tokens, POS tags and lemmas only
   * @return what to run on it; never null
   */
  Needs needs(Sentence tagged);

  /**
   * Which of {@code candidates} (indexes of sentences with a time cue, parsed or not) get SUTime's
   * time expressions, chosen on the whole article annotated without them. By default the parsed
   * ones; a triage that knows which unparsed sentence may date its neighbours' events picks those
   * too (issue 11, round 8).
   *
   * @param sentences the article's sentences, parsed where {@link #needs} asked, without time
   *     expressions
   * @return a subset of {@code candidates}; never null
   */
  default Set<Integer> timed(Article article, List<Sentence> sentences, Set<Integer> candidates) {
    Set<Integer> parsed = new java.util.HashSet<>();
    for (int i : candidates) {
      if (i >= 0 && i < sentences.size() && !sentences.get(i).dependencies().isEmpty()) {
        parsed.add(i);
      }
    }
    return parsed;
  }
}
