package org.vigil.eval;

import java.util.List;
import org.vigil.core.article.Article;

/**
 * What the geoparsing scores need from the system under test: the places it finds in a text,
 * the country of a point, and where it places an event of a given category. Implementations
 * must be safe to call from the thread that runs {@link Evaluation#score}.
 */
public interface Geoparser {

  /**
   * The place mentions found and placed (with coordinates) in the article, in text order.
   *
   * @return possibly empty, never null
   */
  List<GeoPrediction> places(Article article);

  /** ISO-3 code of the country at a point (its nearest known place), or null when unknown. */
  String countryAt(double lat, double lon);

  /**
   * The raw text of the location of the article's event of {@code eventCategory} (a CAMEO or
   * PLOVER category name such as "Make statement" or "arrest"), or "" when it finds no such
   * event or it has no place in the text, or when the category is null.
   */
  String eventLocation(Article article, String eventCategory);
}
