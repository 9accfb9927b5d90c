package org.vigil.core.article;

import java.util.Objects;

/**
 * Which story an article belongs to: the story of an earlier article it copies (an exact
 * duplicate by content hash, or a near duplicate: a wire copy, a light rewrite, a new headline),
 * or a story of its own. A story detector (vigil-ingest's {@code StoryIndex}) makes them; the store
 * keeps them beside the article. Immutable.
 *
 * @param articleId the article assigned
 * @param storyId the story: the id of its first article's story, never blank
 * @param isNew true when the article starts a story of its own
 * @param duplicateOf the earlier article it is a copy of, null exactly when {@code isNew}
 * @param similarity the Jaccard similarity of the two articles' word shingles, 0..1 (1 for an
 *     exact duplicate); 0 when {@code isNew}
 */
public record StoryAssignment(String articleId, String storyId, boolean isNew, String duplicateOf, double similarity) {

  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    if (storyId.isBlank()) {
      throw new IllegalArgumentException("story of article " + articleId + " must not be blank");
    }
    if (isNew != (duplicateOf == null)) {
      throw new IllegalArgumentException("story assignment of article " + articleId
          + ": a new story has no duplicateOf and a copy has one, was isNew=" + isNew + ", duplicateOf=" + duplicateOf);
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("story assignment of article " + articleId
          + ": similarity must be in [0, 1], was " + similarity);
    }
  }

  /** The article alone in a story of its own, named by its content hash. */
  public static StoryAssignment alone(Article article) {
    return new StoryAssignment(article.id(), article.contentHash(), true, null, 0);
  }
}
