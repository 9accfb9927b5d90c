package org.vigil.core.event;

import java.util.List;
import java.util.Objects;

/**
 * Why an event was coded: the sentence, the offsets of trigger, source and target in the article
 * text, and the dictionary pattern that fired.
 *
 * @param sentenceIndex 0-based sentence in the article
 * @param sentence the sentence text
 * @param trigger [begin, end) character offsets of the trigger word(s) in the article
 * @param sourceSpan [begin, end) of the source mention, or null
 * @param targetSpan [begin, end) of the target mention, or null
 * @param pattern the verb pattern that fired, as written in the dictionary
 * @param cues words that set negation or modality ("not", "ready", "if"), possibly empty
 */
public record Evidence(
    int sentenceIndex,
    String sentence,
    int[] trigger,
    int[] sourceSpan,
    int[] targetSpan,
    String pattern,
    List<String> cues) {

  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    trigger = trigger.clone();
    sourceSpan = sourceSpan == null ? null : sourceSpan.clone();
    targetSpan = targetSpan == null ? null : targetSpan.clone();
    pattern = pattern == null ? "" : pattern;
    cues = cues == null ? List.of() : List.copyOf(cues);
  }

  @Override
  public int[] trigger() {
    return trigger.clone();
  }

  @Override
  public int[] sourceSpan() {
    return sourceSpan == null ? null : sourceSpan.clone();
  }

  @Override
  public int[] targetSpan() {
    return targetSpan == null ? null : targetSpan.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e
        && sentenceIndex == e.sentenceIndex
        && sentence.equals(e.sentence)
        && java.util.Arrays.equals(trigger, e.trigger)
        && java.util.Arrays.equals(sourceSpan, e.sourceSpan)
        && java.util.Arrays.equals(targetSpan, e.targetSpan)
        && pattern.equals(e.pattern)
        && cues.equals(e.cues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentenceIndex, sentence, java.util.Arrays.hashCode(trigger), pattern);
  }

  @Override
  public String toString() {
    return "Evidence[" + sentenceIndex + ", " + java.util.Arrays.toString(trigger) + ", " + pattern + "]";
  }
}
