package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strong ETags over the body, and If-None-Match as RFC 9110 reads it. */
final class ResponsesTest {
  private static final String TAG = Responses.etag("{\"events\":[]}".getBytes(StandardCharsets.UTF_8));

  @Test
  void theEtagIsTheBodysDigestQuoted() {
    assertThat(TAG).matches("\"[0-9a-f]{32}\"");
    assertThat(Responses.etag("{\"events\":[]}".getBytes(StandardCharsets.UTF_8))).isEqualTo(TAG);
    assertThat(Responses.etag("{\"events\":[1]}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
  }

  @Test
  void ifNoneMatchNamesTheTagInAListWeaklyOrAsAStar() {
    assertThat(Responses.matches(TAG, TAG)).isTrue();
    assertThat(Responses.matches("\"x\", " + TAG, TAG)).isTrue();
    assertThat(Responses.matches("W/" + TAG, TAG)).isTrue();
    assertThat(Responses.matches("*", TAG)).isTrue();
    assertThat(Responses.matches("\"x\"", TAG)).isFalse();
    assertThat(Responses.matches(null, TAG)).isFalse();
    assertThat(Responses.matches(TAG.replace("\"", ""), TAG)).isFalse();
  }
}
