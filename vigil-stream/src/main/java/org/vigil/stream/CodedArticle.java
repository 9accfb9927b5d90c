package org.vigil.stream;

import java.util.List;
import java.util.Objects;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * One article as the stream coded it: the article, the story it was put in, and its events (as
 * the coded topic carries them, for the store sinks). Immutable; checks itself.
 *
 * @param article the article
 * @param story its story
 * @param events its events, each of this article
 */
public record CodedArticle(Article article, StoryAssignment story, List<CodedEvent> events) {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    events = List.copyOf(events);
    if (!story.articleId().equals(article.id())) {
      throw new IllegalArgumentException("coded article " + article.id() + " has the story of article "
          + story.articleId());
    }
    for (CodedEvent e : events) {
      if (!e.articleId().equals(article.id())) {
        throw new IllegalArgumentException("coded article " + article.id() + " holds event " + e.eventId()
            + " of article " + e.articleId());
      }
    }
  }
}
