package org.vigil.learn;

import java.util.Objects;

/**
 * One labelled example: a sentence, the word or words of its event's trigger, and the event's
 * PLOVER type (or {@link TypeModel#NONE} for a sentence whose trigger codes no PLOVER event).
 *
 * @param sentence the sentence, not blank
 * @param trigger the trigger words as written, possibly empty
 * @param label the class
 */
public record TrainingExample(String sentence, String trigger, String label) {
  public TrainingExample {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(label, "label");
    if (sentence.isBlank() || label.isBlank()) {
      throw new IllegalArgumentException("training example needs a sentence and a label, got '" + sentence + "' / '"
          + label + "'");
    }
  }
}
