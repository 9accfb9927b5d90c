package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.vigil.core.store.EventQuery;
import org.vigil.store.StoreReads;
import org.vigil.testkit.Seeded;

/** Page cursors: what is written reads back; anything else is a 400 naming the cursor. */
final class CursorsTest {

  @Test
  void anEventCursorReadsBack() {
    EventQuery.Cursor c = new EventQuery.Cursor(LocalDate.of(2021, 7, 9), "0a1b2c|with|bars");
    assertThat(Cursors.event(Cursors.of(c))).isEqualTo(c);
  }

  @Test
  void anArticleCursorIsNotAnEventCursor() {
    String article = Cursors.of(new StoreReads.ArticleCursor(LocalDate.of(2021, 7, 9), "a1"));
    assertThat(Cursors.article(article)).isEqualTo(new StoreReads.ArticleCursor(LocalDate.of(2021, 7, 9), "a1"));
    assertThatThrownBy(() -> Cursors.event(article)).isInstanceOf(ApiException.class)
        .hasMessage("parameter cursor = \"" + article + "\" is not a cursor of this list (pass back the one the next link gives)");
  }

  @Test
  void anyStringIsACursorOrA400() {
    Seeded.forEachCase(500, 0x5EED_C0DEL, g -> {
      String raw = g.oneOf(() -> g.string("e|0123456789-abc", 0, 30), () -> "e|2021-07-" + g.string("0123456789|x", 0, 6),
          () -> g.string(Seeded.Gen.range(' ', '~'), 0, 30));
      String text = g.bool() ? raw : Base64.getUrlEncoder().withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
      try {
        EventQuery.Cursor c = Cursors.event(text);
        assertThat(c.eventId()).isNotEmpty();
      } catch (ApiException e) {
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("parameter cursor = \"" + text + "\"");
      }
    });
  }

  @Test
  void anOffsetCursorReadsBackOnlyForItsOwnList() {
    String merged = Cursors.offset("m", 200);
    assertThat(Cursors.offset(merged, "m")).isEqualTo(200);
    assertThatThrownBy(() -> Cursors.offset(merged, "s")).isInstanceOf(ApiException.class)
        .hasMessage("parameter cursor = \"" + merged + "\" is not a cursor of this list (pass back the one the next link gives)");
    assertThatThrownBy(() -> Cursors.event(merged)).isInstanceOf(ApiException.class);
  }

  @Test
  void anOffsetBeyondTheDeepestPageOrNotADecimalIsA400() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    for (String raw : new String[] {"m|100001", "m|-1", "m|", "m|1e3", "m|1|2", "m|9999999999"}) {
      String cursor = b64.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> Cursors.offset(cursor, "m")).as(raw).isInstanceOf(ApiException.class)
          .hasMessageStartingWith("parameter cursor = \"" + cursor + "\"");
    }
    assertThat(Cursors.offset(Cursors.offset("m", Cursors.MAX_OFFSET), "m")).isEqualTo(Cursors.MAX_OFFSET);
  }
}
