package org.vigil.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a merged event is mentioned: the coded event, its article, story and source, the sentence
 * and the trigger's character offsets in the article. Immutable.
 *
 * @param eventId the coded event ({@link CodedEvent#eventId()})
 * @param articleId its article
 * @param storyId the article's story
 * @param articleSource the article's source name, may be empty
 * @param date the mention's event date (first day)
 * @param sentenceIndex 0-based sentence in the article
 * @param triggerBegin offset of the trigger in the article
 * @param triggerEnd offset after the trigger
 */
public record MentionRef(String eventId, String articleId, String storyId, String articleSource, LocalDate date,
    int sentenceIndex, int triggerBegin, int triggerEnd) {

  public MentionRef {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    articleSource = articleSource == null ? "" : articleSource;
    Objects.requireNonNull(date, "date");
    if (triggerEnd < triggerBegin) {
      throw new IllegalArgumentException("mention " + eventId + ": trigger ends (" + triggerEnd + ") before it begins ("
          + triggerBegin + ")");
    }
  }

  /** The reference of a mention. */
  public static MentionRef of(EventMention mention) {
    CodedEvent e = mention.event();
    int[] trigger = e.evidence().trigger();
    return new MentionRef(e.eventId(), e.articleId(), mention.storyId(), mention.articleSource(), e.date().date(),
        e.evidence().sentenceIndex(), trigger[0], trigger[1]);
  }
}
