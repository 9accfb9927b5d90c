package org.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sign-in, CSRF checks and forms over a real HTTP client, in front of a made-up
 * API (Javalin on loopback) that answers the corrections contract (contract-corrections.md) and
 * records what it is sent: the correction form reaches {@code POST /events/{id}/corrections} with
 * the analyst's token and the contract's body, and nothing is written without a session and its
 * CSRF token.
 */
final class DashboardIT {
  static final String WRITE = "w-1";
  static final String READ = "r-1";

  Javalin fakeApi;
  Javalin dashboard;
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<JsonNode> posted = new CopyOnWriteArrayList<>();
  final HttpClient http = HttpClient.newHttpClient(); // no cookie handler: the tests send the cookie

  @BeforeEach
  void start() {
    fakeApi = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.jetty.host = "localhost";
      c.jetty.port = 0;
      c.routes.before(ctx -> requests.add(ctx.method() + " " + ctx.path() + " " + ctx.header("Authorization")));
      c.routes.get("/events/e1", ctx -> ctx.json(ApiClient.MAPPER.readTree("""
          {"event_id": "e1", "article_id": "a1", "date": "2021-07-06", "source": {"code": "TJKGOV"},
           "target": {"code": "IGOCSTO"}, "cameo": "0233", "plover": {"event": "AID"}, "modality": "requested",
           "evidence": {"trigger": [11, 16], "source_span": [0, 10], "target_span": [17, 25]},
           "mentions": [{"article_id": "a1", "sentence": "Tajikistan asked the CSTO for help."}]}""")));
      c.routes.get("/articles/a1", ctx -> ctx.json(Map.of("id", "a1", "title", "T", "date", "2021-07-06",
          "text", "Tajikistan asked the CSTO for help.")));
      c.routes.get("/events/e1/corrections", ctx -> ctx.json(Map.of("corrections", List.of())));
      c.routes.post("/events/e1/corrections", ctx -> {
        JsonNode body = ApiClient.MAPPER.readTree(ctx.body());
        posted.add(body);
        if ("99".equals(body.at("/coding/cameo").asText())) {
          ctx.status(400).json(Map.of("error", Map.of("status", 400, "code", "bad_parameter",
              "message", "body: coding.cameo = \"99\" is not a CAMEO code")));
          return;
        }
        ctx.status(201).json(Map.of("id", "c1", "event_id", "e1"));
      });
    }).start();
    dashboard = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.jetty.host = "localhost";
      c.jetty.port = 0;
      Dashboard.install(c, () -> URI.create("http://localhost:" + fakeApi.port()),
          new Dashboard.Tokens(READ, WRITE, true, "It is in /srv/vigil/write-token."), ctx -> ctx.result("stream"));
    }).start();
  }

  @AfterEach
  void stop() {
    dashboard.stop();
    fakeApi.stop();
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + dashboard.port() + path));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookie, Map<String, String> form, boolean htmx) throws Exception {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + dashboard.port() + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (htmx) {
      b.header("HX-Request", "true");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in; the session cookie ({@code name=value}). */
  private String signIn(String token) throws Exception {
    HttpResponse<String> r = post("/ui/sign-in", null, Map.of("token", token, "next", "/ui/events/e1"), false);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).contains("/ui/events/e1");
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).matches("vigil_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200");
    return cookie.substring(0, cookie.indexOf(';'));
  }

  private static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"").matcher(page);
    assertThat(m.find()).as(page).isTrue();
    return m.group(1);
  }

  private static Map<String, String> correction(String csrf, String cameo) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    if (csrf != null) {
      f.put("csrf", csrf);
    }
    f.putAll(Map.of("verdict", "wrong", "analyst", "Ana", "note", "asked for troops", "cameo", cameo,
        "source", "TJKGOV", "target", "IGOCSTO", "date", "2021-07-06", "place", "", "modality", "requested"));
    return f;
  }

  @Test
  void theCorrectionFormPostsTheContractsBodyWithTheAnalystsToken() throws Exception {
    String cookie = signIn(WRITE);
    String page = get("/ui/events/e1", cookie).body();
    assertThat(page).contains("id=\"correction-form\"").contains("<mark class=\"trigger\">asked</mark>");
    HttpResponse<String> r = post("/ui/events/e1/corrections", cookie, correction(csrf(page), "0234"), true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<p class=\"ok\" id=\"correction-message\" role=\"status\">correction c1 stored</p>");
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).toString()).isEqualTo("{\"verdict\":\"wrong\",\"analyst\":\"Ana\",\"note\":\"asked for troops\","
        + "\"coding\":{\"cameo\":\"0234\",\"source\":\"TJKGOV\",\"target\":\"IGOCSTO\",\"date\":\"2021-07-06\","
        + "\"modality\":\"requested\"}}");
    assertThat(requests).contains("POST /events/e1/corrections Bearer " + WRITE);
  }

  @Test
  void noEventHereSendsANullCodingAndTheApisRefusalIsShown() throws Exception {
    String cookie = signIn(WRITE);
    String csrf = csrf(get("/ui/events/e1", cookie).body());
    Map<String, String> none = correction(csrf, "0234");
    none.put("no_event", "on");
    post("/ui/events/e1/corrections", cookie, none, true);
    assertThat(posted.get(0).get("coding").isNull()).isTrue();

    HttpResponse<String> bad = post("/ui/events/e1/corrections", cookie, correction(csrf, "99"), true);
    assertThat(bad.headers().firstValue("X-Vigil-Status")).contains("400");
    assertThat(bad.body()).contains("<p class=\"error\" id=\"correction-message\" role=\"status\">body: coding.cameo = "
        + "\"99\" is not a CAMEO code</p>");
  }

  @Test
  void nothingIsWrittenWithoutASessionItsCsrfTokenOrTheWriteToken() throws Exception {
    HttpResponse<String> signedOut = post("/ui/events/e1/corrections", null, correction("x", "0234"), false);
    assertThat(signedOut.statusCode()).isEqualTo(401);
    assertThat(signedOut.body()).contains("sign in with the server's write token first (/ui/sign-in)");

    String cookie = signIn(WRITE);
    HttpResponse<String> noCsrf = post("/ui/events/e1/corrections", cookie, correction(null, "0234"), false);
    assertThat(noCsrf.statusCode()).isEqualTo(403);
    assertThat(noCsrf.body()).contains("the form's CSRF token is missing or not this session's: reload the page");
    HttpResponse<String> wrongCsrf = post("/ui/events/e1/corrections", cookie, correction("forged", "0234"), false);
    assertThat(wrongCsrf.statusCode()).isEqualTo(403);

    String reader = signIn(READ);
    String csrf = csrf(get("/ui/events/e1", reader).body().replace("name=\"csrf\" value=\"\"", ""));
    HttpResponse<String> readOnly = post("/ui/events/e1/corrections", reader, correction(csrf, "0234"), false);
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(readOnly.body()).contains("signed in with the read token: writing needs the write token");
    assertThat(posted).isEmpty();
  }

  @Test
  void aWrongTokenDoesNotSignIn() throws Exception {
    HttpResponse<String> r = post("/ui/sign-in", null, Map.of("token", "guess"), false);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(r.body()).contains("that is neither the server's write token nor its read token")
        .contains("It is in /srv/vigil/write-token.");
  }

  @Test
  void pagesForbidInlineScriptsAndFraming() throws Exception {
    HttpResponse<String> r = get("/ui/events/e1", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).contains(Dashboard.CSP);
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(get("/", null).headers().firstValue("Location")).contains("/ui/alerts");
  }

  @Test
  void aPageTheApiRefusesShowsTheApisStatusAndMessage() throws Exception {
    HttpResponse<String> r = get("/ui/events/nope", null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<p class=\"error\" id=\"problem\">");
  }
}
