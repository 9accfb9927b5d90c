package org.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PagesTest {
  private static JsonNode json(String s) throws Exception {
    return ApiClient.MAPPER.readTree(s);
  }

  @Test
  void eachKindOfWatchReadsItsEventsWithTheApisFilters() throws Exception {
    assertThat(Pages.eventQueries(json("{\"kind\": \"country\", \"country\": \"TJK\"}"))).containsExactly("country=TJK");
    assertThat(Pages.eventQueries(json("{\"kind\": \"border\", \"countries\": [\"AFG\", \"TJK\"]}")))
        .containsExactly("country=AFG", "country=TJK");
    assertThat(Pages.eventQueries(json("{\"kind\": \"dyad\", \"a\": \"RUS\", \"b\": \"UKR\", \"directed\": false}")))
        .containsExactly("source=RUS&target=UKR", "source=UKR&target=RUS");
    assertThat(Pages.eventQueries(json("{\"kind\": \"dyad\", \"a\": \"RUS\", \"b\": \"UKR\", \"directed\": true}")))
        .containsExactly("source=RUS&target=UKR");
    assertThat(Pages.eventQueries(json("{\"kind\": \"alliance\", \"code\": \"IGOCSTO\"}"))).containsExactly("alliance=IGOCSTO");
    assertThat(Pages.eventQueries(json("{\"kind\": \"places\", \"places\": [\"Panj\", \"Khorog town\"]}")))
        .containsExactly("place=Panj", "place=Khorog+town");
  }

  @Test
  void theMapShadesTheCountriesAWatchNames() throws Exception {
    assertThat(Pages.countriesOf(json("{\"kind\": \"border\", \"countries\": [\"AFG\", \"TJK\"]}"))).containsExactly("AFG", "TJK");
    assertThat(Pages.countriesOf(json("{\"kind\": \"dyad\", \"a\": \"RUSMIL\", \"b\": \"UKR\"}"))).containsExactly("RUS", "UKR");
    assertThat(Pages.countriesOf(json("{\"kind\": \"alliance\", \"code\": \"IGOCSTO\"}"))).isEmpty();
  }

  @Test
  void theNetworkHasOneNodePerActorAndOneEdgePerDyad() {
    JsonNode n = Pages.network(List.of(Map.entry("TJKGOV>IGOCSTO", 3), Map.entry("RUS>TJKGOV", 1), Map.entry("broken", 9)));
    assertThat(Pages.json(n)).isEqualTo("[{\"data\":{\"id\":\"n:TJKGOV\",\"label\":\"TJKGOV\"}},"
        + "{\"data\":{\"id\":\"n:IGOCSTO\",\"label\":\"IGOCSTO\"}},"
        + "{\"data\":{\"id\":\"e0\",\"source\":\"n:TJKGOV\",\"target\":\"n:IGOCSTO\",\"weight\":3,\"label\":\"3\"}},"
        + "{\"data\":{\"id\":\"n:RUS\",\"label\":\"RUS\"}},"
        + "{\"data\":{\"id\":\"e1\",\"source\":\"n:RUS\",\"target\":\"n:TJKGOV\",\"weight\":1,\"label\":\"1\"}}]");
  }

  @Test
  void figuresShowTwoDecimalsAtMost() {
    assertThat(Pages.decimal(7.189532814525862)).isEqualTo("7.19");
    assertThat(Pages.decimal(4.0)).isEqualTo("4");
    assertThat(Pages.decimal(0.8)).isEqualTo("0.8");
    assertThat(Pages.decimal(-10)).isEqualTo("-10");
  }

  @Test
  void aQueryStringKeepsTheFilledValuesEncoded() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("country", "TJK");
    m.put("place", " Dushanbe & Khujand ");
    m.put("cameo", "");
    m.put("to", null);
    assertThat(ApiClient.query(m)).isEqualTo("?country=TJK&place=Dushanbe+%26+Khujand");
    assertThat(ApiClient.query(Map.of())).isEmpty();
  }

  @Test
  void signingInGoesBackToADashboardPathOnly() {
    assertThat(Forms.safeNext("/ui/events/e1")).isEqualTo("/ui/events/e1");
    assertThat(Forms.safeNext("https://evil.example/")).isEqualTo("/ui/alerts");
    assertThat(Forms.safeNext("//evil.example/ui/")).isEqualTo("/ui/alerts");
    assertThat(Forms.safeNext("/ui/\\evil")).isEqualTo("/ui/alerts");
    assertThat(Forms.safeNext(null)).isEqualTo("/ui/alerts");
  }
}
