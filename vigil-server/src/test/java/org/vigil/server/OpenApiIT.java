package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document: valid for swagger-parser, and the routes the router holds are exactly the
 * documented ones (each documented path answers, each registered route is documented).
 */
final class OpenApiIT {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void theDocumentValidates() {
    String json = api.get("/openapi.json").body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getPaths()).containsKeys("/events", "/events/{id}", "/articles", "/search",
        "/aggregates", "/health", "/metrics", "/sources", "/sources/{id}", "/sources/{id}/poll", "/merged-events",
        "/stories", "/stories/{id}", "/events/{id}/corrections", "/corrections", "/corrections/gold",
        "/corrections/suggestions", "/dictionary/explain");
  }

  @Test
  void theValidatorCatchesABrokenDocument() {
    // the check above means something only if the parser reports what is wrong
    String json = api.get("/openapi.json").body().replace("#/components/schemas/EventPage", "#/components/schemas/Nope")
        .replace("\"in\":\"path\"", "\"in\":\"nowhere\"");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
    assertThat(result.getMessages()).isNotEmpty();
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndEveryDocumentedOneRegistered() {
    JsonNode paths = api.get("/openapi.json").json().get("paths");
    TreeSet<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
    }
    assertThat(new TreeSet<>(api.server.routes())).isEqualTo(documented);
  }

  @Test
  void everyDocumentedGetAnswersWithoutA404OrA405() {
    JsonNode paths = api.get("/openapi.json").json().get("paths");
    List<String> answered = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : paths.properties()) {
      if (path.getValue().has("get")) {
        String id = path.getKey().startsWith("/events") ? "rus-ukr-190"
            : path.getKey().startsWith("/stories") ? api.get("/stories?limit=1").json().at("/stories/0/id").asText()
            : path.getKey().startsWith("/watches") ? "csto"
            : "a";
        String concrete = path.getKey().replace("{id}", id);
        String query = concrete.equals("/search") ? "?q=Kyiv" : concrete.equals("/dictionary/explain") ? "?phrase=asked"
            : concrete.equals("/export") ? "?format=csv" : "";
        ApiFixture.Reply reply = api.get(concrete + query);
        if (concrete.equals("/alerts/a")) {
          // the fixture raises no alert: the route answers that there is none
          assertThat(reply.json().at("/error/message").asText()).as(concrete).isEqualTo("no alert a");
        } else {
          assertThat(reply.status()).as(concrete).isEqualTo(200);
        }
        answered.add(concrete);
      }
    }
    assertThat(answered).hasSize(26);
  }
}
