package org.vigil.core.correction;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;

/**
 * A coded event as it was when an analyst corrected it: kept with the correction, so that the
 * correction still says what was corrected after the article is coded again and the event is
 * gone. Immutable and thread-safe.
 *
 * @param cameo the event's CAMEO code
 * @param source the source's actor code
 * @param sourceText the source as written in the sentence (may be empty)
 * @param target the target's actor code, or null
 * @param targetText the target as written (empty without a target)
 * @param date the event's date
 * @param place the event's place name, or null
 * @param placeCountry the place's country (ISO-3), or null
 * @param modality how the text stated it
 * @param negated whether the text denied it
 * @param sentenceIndex the sentence's index in the article
 * @param sentence the sentence that states it
 * @param trigger the trigger word(s) as written
 * @param pattern the verb pattern that fired, with its {@code file:line} ({@code ask +for:&HELP (builtin/verbs.txt:174)})
 * @param confidence the coder's confidence, 0..1
 */
public record OriginalCoding(String cameo, String source, String sourceText, String target, String targetText,
    LocalDate date, String place, String placeCountry, Modality modality, boolean negated, int sentenceIndex,
    String sentence, String trigger, String pattern, double confidence) {

  public OriginalCoding {
    Objects.requireNonNull(cameo, "original.cameo");
    Objects.requireNonNull(source, "original.source");
    sourceText = Objects.requireNonNullElse(sourceText, "");
    targetText = Objects.requireNonNullElse(targetText, "");
    Objects.requireNonNull(date, "original.date");
    Objects.requireNonNull(modality, "original.modality");
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("original.sentence_index must be at least 0, was " + sentenceIndex);
    }
    sentence = Objects.requireNonNullElse(sentence, "");
    trigger = Objects.requireNonNullElse(trigger, "");
    pattern = Objects.requireNonNullElse(pattern, "");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("original.confidence must be in [0, 1], was " + confidence);
    }
  }

  /**
   * The coding of {@code event}, its trigger read from {@code articleText} (the event's offsets are
   * into the article's text); an article text that does not reach the offsets gives an empty trigger.
   */
  public static OriginalCoding of(CodedEvent event, String articleText) {
    int[] t = event.evidence().trigger();
    String trigger = articleText != null && t.length == 2 && t[0] >= 0 && t[0] <= t[1] && t[1] <= articleText.length()
        ? articleText.substring(t[0], t[1]) : "";
    return new OriginalCoding(event.cameo(), event.source().code(), event.source().text(),
        event.target() == null ? null : event.target().code(), event.target() == null ? "" : event.target().text(),
        event.date().date(), event.location() == null ? null : event.location().name(),
        event.location() == null ? null : event.location().country(), event.modality(), event.negated(),
        event.evidence().sentenceIndex(), event.evidence().sentence(), trigger, event.evidence().pattern(),
        event.confidence());
  }
}
