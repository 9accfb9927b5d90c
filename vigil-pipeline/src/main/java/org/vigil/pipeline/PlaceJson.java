package org.vigil.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceMention;

/** The JSON of a resolved place mention ({@code vigil places}). Stateless. */
public final class PlaceJson {
  private PlaceJson() {}

  /** One mention of {@code articleId}: its text and offsets, the place (null fields where unresolved), confidence. */
  public static ObjectNode json(ObjectMapper mapper, String articleId, PlaceMention m) {
    ObjectNode o = mapper.createObjectNode();
    o.put("article_id", articleId);
    o.put("text", m.text());
    o.put("start", m.start());
    o.put("end", m.end());
    Place p = m.place();
    if (p == null) {
      for (String k : new String[] {"name", "feature", "feature_code", "geonames_id", "lat", "lon", "country", "admin1"}) {
        o.putNull(k);
      }
    } else {
      o.put("name", p.name());
      o.put("feature", p.kind());
      o.put("feature_code", p.featureCode());
      if (p.geonamesId() == null) {
        o.putNull("geonames_id");
      } else {
        o.put("geonames_id", p.geonamesId());
      }
      o.put("lat", p.lat());
      o.put("lon", p.lon());
      o.put("country", p.country());
      if (p.admin1() == null) {
        o.putNull("admin1");
      } else {
        o.put("admin1", p.admin1());
      }
    }
    o.put("confidence", m.confidence());
    o.put("candidates", m.candidates());
    o.put("approximate", m.approximate());
    return o;
  }
}
