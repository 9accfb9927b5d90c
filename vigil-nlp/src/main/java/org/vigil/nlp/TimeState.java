package org.vigil.nlp;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.time.TimeAnnotator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes SUTime a function of the document it reads (issue 10). SUTime's tense rules ("Japan
 * promised help on Wednesday": the past Wednesday) tag the shared value of the rule constant
 * ({@code WEDNESDAY}) with {@code resolveTo}, and the tag stays for every later document
 * (CoreNLP issue 1061): a future "is scheduled to travel on Wednesday" in the next article was
 * resolved to the past Wednesday after one sample article, and to the right one without it. The
 * golden-event test found it. So each SUTime run holds a lock, and the tags its rules left on the
 * rule environment's values are removed before the lock is released. Thread-safe.
 */
final class TimeState {
  private static final String RESOLVE_TO = "resolveTo";
  private final List<Expression> values;

  private TimeState(List<Expression> values) {
    this.values = values;
  }

  /** The tagged values of {@code times}' rule environment. */
  static TimeState of(TimeAnnotator times) {
    try {
      Field extractorField = TimeAnnotator.class.getDeclaredField("timexExtractor");
      extractorField.setAccessible(true);
      Object extractor = extractorField.get(times);
      Field rulesField = extractor.getClass().getDeclaredField("expressionExtractor");
      rulesField.setAccessible(true);
      Env env = ((CoreMapExpressionExtractor<?>) rulesField.get(extractor)).getEnv();
      List<Expression> values = new ArrayList<>();
      for (Object v : env.getVariables().values()) {
        if (v instanceof Expression e) {
          values.add(e);
        }
      }
      return new TimeState(List.copyOf(values));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot reach SUTime's rule environment (CoreNLP 4.5.10 expected): " + e, e);
    }
  }

  /** Runs {@code annotation} alone, then removes the tags it left on the shared values. */
  synchronized void run(Runnable annotation) {
    try {
      annotation.run();
    } finally {
      for (Expression e : values) {
        Tags tags = e.getTags();
        if (tags != null && tags.hasTag(RESOLVE_TO)) {
          tags.removeTag(RESOLVE_TO);
        }
      }
    }
  }

  /** How many of the environment's values are watched (for tests). */
  int watched() {
    return values.size();
  }
}
