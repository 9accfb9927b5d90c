package org.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The dashboard's way to the JSON API: requests to the server's own API over loopback, with the
 * signed-in analyst's token as {@code Authorization: Bearer}. The pages so show exactly what the
 * API answers, pass its access checks and get its error messages, and a route another branch adds
 * to the API (the corrections) needs no code here. Thread-safe.
 */
final class ApiClient {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One answer of the API.
   *
   * @param status the HTTP status
   * @param json the body as JSON, or a missing node when it is not JSON
   * @param body the body as text
   */
  record Answer(int status, JsonNode json, String body) {
    Answer {
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(body, "body");
    }

    boolean ok() {
      return status / 100 == 2;
    }

    /** The API's error message ({@code error.message}), or the status and body when there is none. */
    String error() {
      String message = json.at("/error/message").asText("");
      return message.isEmpty() ? "the API answered " + status + (body.isBlank() ? "" : ": " + body) : message;
    }
  }

  private final Supplier<URI> base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** @param base the API's address ({@code http://localhost:PORT}), asked at each request */
  ApiClient(Supplier<URI> base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  Answer get(String pathAndQuery, String token) {
    return send("GET", pathAndQuery, null, token);
  }

  /**
   * Sends a request.
   *
   * @param body the JSON body, or null for none
   * @param token the bearer token, or null for none
   * @throws IllegalStateException when the API cannot be reached
   */
  Answer send(String method, String pathAndQuery, JsonNode body, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.get().resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
    if (token != null && !token.isEmpty()) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json");
      try {
        b.method(method, HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)));
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the request body", e);
      }
    }
    HttpResponse<String> r = exchange(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return answer(r.statusCode(), r.body());
  }

  /**
   * A GET whose body is streamed rather than read (an export); the caller closes the body.
   *
   * @param token the bearer token, or null for none
   * @throws IllegalStateException when the API cannot be reached
   */
  HttpResponse<java.io.InputStream> stream(String pathAndQuery, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.get().resolve(pathAndQuery)).GET();
    if (token != null && !token.isEmpty()) {
      b.header("Authorization", "Bearer " + token);
    }
    return exchange(b.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new IllegalStateException("the API at " + base.get() + " cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking the API", e);
    }
  }

  /** An answer of a status and a body, its JSON read where the body is JSON. */
  static Answer answer(int status, String body) {
    JsonNode json;
    try {
      json = body.isBlank() ? MAPPER.missingNode() : MAPPER.readTree(body);
    } catch (IOException e) {
      json = MAPPER.missingNode();
    }
    return new Answer(status, json == null ? MAPPER.missingNode() : json, body);
  }

  /** A query string of the non-blank values, in order, each encoded: {@code ?a=1&b=x%20y}, or "" for none. */
  static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        sb.append(sb.isEmpty() ? '?' : '&').append(enc(k)).append('=').append(enc(v.strip()));
      }
    });
    return sb.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
