package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Place;
import org.vigil.geo.PlaceMention;

class PlaceJsonTest {
  final ObjectMapper mapper = new ObjectMapper();

  @Test
  void aResolvedMentionPrintsItsOffsetsAndPlace() throws Exception {
    Place dushanbe = new Place(1221874L, "Dushanbe", "PPLC", "TJK", "TJ.04", null, 38.53575, 68.77905, 679400);
    PlaceMention m = new PlaceMention(0, 3, 4, "Dushanbe", 20, 28, dushanbe, 0.99, 1, false);
    assertThat(mapper.writeValueAsString(PlaceJson.json(mapper, "a1", m))).isEqualTo(
        "{\"article_id\":\"a1\",\"text\":\"Dushanbe\",\"start\":20,\"end\":28,\"name\":\"Dushanbe\",\"feature\":\"capital\","
            + "\"feature_code\":\"PPLC\",\"geonames_id\":1221874,\"lat\":38.53575,\"lon\":68.77905,\"country\":\"TJK\","
            + "\"admin1\":null,\"confidence\":0.99,\"candidates\":1,\"approximate\":false}");
  }

  @Test
  void anUnresolvedMentionKeepsItsTextWithNullPlaceFields() {
    PlaceMention m = new PlaceMention(0, 3, 5, "Central Asia", 20, 32, null, 0, 0, false);
    var json = PlaceJson.json(mapper, "a1", m);
    assertThat(json.get("text").asText()).isEqualTo("Central Asia");
    assertThat(json.get("name").isNull()).isTrue();
    assertThat(json.get("geonames_id").isNull()).isTrue();
    assertThat(json.get("confidence").asDouble()).isZero();
  }
}
