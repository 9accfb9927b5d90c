package org.vigil.core.event;

import java.util.List;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.AnnotatedArticle;

/**
 * Codes the events of an annotated article. A coder is a pure function of the article and its
 * dictionaries: the same input gives the same events, in the same order, on every run and in
 * every deployment (batch or stream). Implementations are thread-safe.
 */
public interface EventCoder {

  /** The events of the article, in sentence order; empty when there are none. */
  List<CodedEvent> code(AnnotatedArticle article);
}
