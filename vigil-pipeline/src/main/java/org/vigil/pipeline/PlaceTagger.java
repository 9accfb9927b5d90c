package org.vigil.pipeline;

import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.geo.PlaceMention;

/** Finds and resolves the place names of an article ({@code vigil places}). Thread-safe. */
@FunctionalInterface
public interface PlaceTagger {
  /** The article's place mentions, in text order, resolved where the gazetteer can. */
  List<PlaceMention> places(Article article);
}
