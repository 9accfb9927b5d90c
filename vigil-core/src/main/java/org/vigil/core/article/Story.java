package org.vigil.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story as stored: the articles that are copies of one another, first article first. Immutable.
 *
 * @param id the story id ({@link StoryAssignment#storyId()})
 * @param first date of the earliest article
 * @param last date of the latest article
 * @param articles the articles, by date then id; never empty
 */
public record Story(String id, LocalDate first, LocalDate last, List<Member> articles) {

  /**
   * One article of a story.
   *
   * @param articleId the article
   * @param date its publication date
   * @param title its title, may be empty
   * @param source its source name, may be empty
   * @param duplicateOf the earlier article it was found to copy, or null when it started the story
   * @param similarity Jaccard similarity to {@code duplicateOf}, 0 when none
   */
  public record Member(String articleId, LocalDate date, String title, String source, String duplicateOf,
      double similarity) {
    public Member {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(date, "date");
      title = title == null ? "" : title;
      source = source == null ? "" : source;
    }
  }

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
  }
}
