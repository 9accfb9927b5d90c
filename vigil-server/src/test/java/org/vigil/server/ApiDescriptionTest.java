package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The route table the router and the OpenAPI document are built from. */
final class ApiDescriptionTest {

  @Test
  void idsAreUniqueAndPathParametersAreThoseOfThePath() {
    Set<String> ids = new HashSet<>();
    for (ApiDescription.Route r : ApiDescription.ROUTES) {
      assertThat(ids.add(r.id())).as(r.id()).isTrue();
      Matcher m = Pattern.compile("\\{(\\w+)}").matcher(r.path());
      Set<String> inPath = new HashSet<>();
      while (m.find()) {
        inPath.add(m.group(1));
      }
      Set<String> declared = new HashSet<>();
      r.params().stream().filter(p -> p.in().equals("path")).forEach(p -> declared.add(p.name()));
      assertThat(declared).as(r.path()).isEqualTo(inPath);
    }
  }

  @Test
  void everySchemaTheRoutesNameIsAComponent() {
    JsonNode doc = ApiDescription.openApi("test");
    JsonNode schemas = doc.get("components").get("schemas");
    List<String> refs = doc.findValuesAsText("$ref");
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(schemas.has(ref.substring(ref.lastIndexOf('/') + 1))).as(ref).isTrue();
    }
  }

  @Test
  void writesNeedTheBearerTokenAndReadsMayGoWithout() {
    JsonNode paths = ApiDescription.openApi("test").get("paths");
    assertThat(paths.get("/articles").get("post").get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
    assertThat(paths.get("/events").get("get").get("security").toString()).isEqualTo("[{},{\"bearer\":[]}]");
    assertThat(paths.get("/health").get("get").has("security")).isFalse();
    for (String[] write : new String[][] {{"/sources", "post"}, {"/sources/{id}", "delete"}, {"/sources/{id}/poll", "post"}}) {
      assertThat(paths.get(write[0]).get(write[1]).get("security").toString()).as(write[0]).isEqualTo("[{\"bearer\":[]}]");
    }
    assertThat(paths.get("/sources").get("get").get("security").toString()).isEqualTo("[{},{\"bearer\":[]}]");
  }
}
