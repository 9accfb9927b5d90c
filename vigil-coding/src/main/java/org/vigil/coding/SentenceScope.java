package org.vigil.coding;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;

/**
 * What a sentence stage of the coder reads and writes with (issue 11: the stages that find events
 * in reported speech, wishes and necessities): the sentence's graph, its resolved mentions, the
 * dictionaries, the assembler of events and the article's date. One per sentence, shared by the
 * stages {@link Demands}, {@link Wishes}, {@link Evaluations}, {@link Allegations} and
 * {@link NominalEvents}, which
 * took these five one by one before.
 *
 * @param quoteOpen whether the sentence starts inside a quotation opened before it ({@link Quotes})
 * @param quoteSpeaker who speaks the sentence when it is all quotation and carries on a quote
 *     attributed before it (issue 11, round 11), else null
 */
record SentenceScope(SentenceGraph g, Mentions mentions, Dictionaries dictionaries, EventAssembler assembler,
    LocalDate articleDate, boolean quoteOpen, Mention quoteSpeaker) {

  /**
   * The CAMEO code {@code code} (or its nearest parent) as a stage codes it in this sentence: empty
   * when the sentence is a question (it states nothing) or the dictionaries lack the code.
   */
  Optional<CameoCode> statedCode(String code) {
    return g.isQuestion() ? Optional.empty() : dictionaries.cameo().findOrParent(code);
  }
}
