package org.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class TemplatesTest {
  private final Dashboard d = new Dashboard(new ApiClient(() -> { throw new AssertionError("no API here"); }),
      new Sessions(java.time.InstantSource.system()), new Dashboard.Tokens("", "w", true, ""));

  @Test
  void textAndAttributesFromTheApiAreEscaped() throws Exception {
    JsonNode event = ApiClient.MAPPER.readTree("""
        {"event_id": "e\\"1", "date": "2021-07-06", "source": {"code": "\\"><script>alert(1)</script>"},
         "cameo": "0233", "plover": {"event": "AID"}, "modality": "asserted", "mentions": []}""");
    JsonNode article = ApiClient.MAPPER.readTree("{\"title\": \"<i>t</i>\", \"text\": \"x\"}");
    String text = "He wrote <script>alert('x')</script> & left.";
    String html = d.html("event.jte", Map.of("frame", new Frame("Event", "events", true, true, "c\"s"), "event", event,
        "article", article, "runs", Highlight.runs(text, new int[] {3, 8}, null, null),
        "corrections", ApiClient.MAPPER.createArrayNode(), "correctionsNote", "", "message", ""));
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<i>t</i>")
        .contains("He <mark class=\"trigger\">wrote</mark> &lt;script&gt;alert('x')&lt;/script&gt; &amp; left.")
        .contains("<mark class=\"source\">\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;</mark>")
        .contains("name=\"source\" value=\"&#34;>&lt;script>alert(1)&lt;/script>\"")
        .contains("name=\"csrf\" value=\"c&#34;s\"")
        .contains("action=\"/ui/events/e&#34;1/corrections\"");
  }

  @Test
  void everyScriptAndStyleTheTemplatesNameIsServedFromHere() throws IOException {
    Pattern ref = Pattern.compile("(?:src|href)=\"(/(?:webjars|static)/[^\"]+)\"");
    List<String> paths = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/jte"))) {
      for (Path f : files.toList()) {
        Matcher m = ref.matcher(Files.readString(f));
        while (m.find()) {
          paths.add(m.group(1));
        }
      }
    }
    paths.add("/static/vendor/countries-110m.json"); // dashboard.js fetches it
    assertThat(paths).hasSizeGreaterThan(8);
    for (String p : paths) {
      String resource = p.startsWith("/webjars/") ? "META-INF/resources" + p : "web" + p.substring("/static".length());
      assertThat(getClass().getClassLoader().getResource(resource)).as(p).isNotNull();
    }
  }
}
