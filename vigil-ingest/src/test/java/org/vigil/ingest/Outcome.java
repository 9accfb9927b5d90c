package org.vigil.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.article.Article;

/** What a read delivered, collected for assertions. */
final class Outcome {
  /** A plain English news paragraph, long enough for the language check to judge. */
  static final String ENGLISH = "Russian troops crossed into eastern Ukraine on Thursday, officials"
      + " in Kyiv said, as the government in Moscow denied any plan to attack. The foreign ministry"
      + " said it would respond to what it called provocations near the border.";

  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  ReadSummary summary;

  static Outcome read(ArticleReader reader, Path input) {
    Outcome o = new Outcome();
    o.summary = reader.read(input, o.articles::add, o.rejections::add);
    return o;
  }

  static Outcome read(Path input) {
    return read(new ArticleReader(IngestConfig.defaults()), input);
  }

  static Outcome stream(String content, String name) {
    Outcome o = new Outcome();
    o.summary = new ArticleReader(IngestConfig.defaults()).read(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        name, o.articles::add, o.rejections::add);
    return o;
  }

  /** The only rejection's reason; fails when there is not exactly one. */
  String reason() {
    if (rejections.size() != 1 || !articles.isEmpty()) {
      throw new AssertionError("expected one rejection and no article, got " + articles + " and "
          + rejections);
    }
    return rejections.get(0).reason();
  }
}
