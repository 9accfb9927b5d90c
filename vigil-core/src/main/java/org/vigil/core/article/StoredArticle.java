package org.vigil.core.article;

import java.util.Objects;

/**
 * A stored article with the story it was stored in, as a story index needs it to find copies of it
 * in a later run. Immutable.
 *
 * @param article the article as stored
 * @param storyId its story
 */
public record StoredArticle(Article article, String storyId) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(storyId, "storyId");
  }
}
