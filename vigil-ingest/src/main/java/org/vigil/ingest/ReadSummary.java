package org.vigil.ingest;

/**
 * What one {@link ArticleReader} call delivered.
 *
 * @param articles articles handed to the accepted consumer
 * @param rejections rejections handed to the rejected consumer
 */
public record ReadSummary(long articles, long rejections) {

  public ReadSummary {
    if (articles < 0 || rejections < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, were " + articles + " and " + rejections);
    }
  }
}
