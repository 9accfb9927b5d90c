package org.vigil.core.event;

import java.util.Objects;

/**
 * A coded event as one mention of a possibly larger event, with what merging needs to know of its
 * article: the source that published it and the story it belongs to (copies of one story count
 * once). Immutable.
 *
 * @param event the coded event
 * @param articleSource the article's source name (feed, site, file), may be empty
 * @param storyId the article's story ({@link org.vigil.core.article.StoryAssignment}), non-blank
 */
public record EventMention(CodedEvent event, String articleSource, String storyId) {

  public EventMention {
    Objects.requireNonNull(event, "event");
    articleSource = articleSource == null ? "" : articleSource;
    Objects.requireNonNull(storyId, "storyId");
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("mention " + event.eventId() + " has a blank story id");
    }
  }
}
