package org.vigil.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * One sentence coded by the selective engine as short event keys ("057 EGYGOV -> GRC"), for the
 * integration tests that check who did what to whom in made-up sentences.
 */
final class EventKeys {
  private EventKeys() {}

  /** Whether an event key ("057 EGYGOV -> GRC") has the expected code and the expected countries. */
  static boolean matches(String key, String expected) {
    String[] k = key.split(" ");
    String[] e = expected.split(" ");
    return k[0].startsWith(e[0]) && k[1].startsWith(e[1]) && k[3].startsWith(e[3]);
  }

  /** Asserts that each expected key ("057 EGY -> GRC") {@linkplain #matches matches} one of the keys. */
  static void assertHasEach(List<String> keys, String... expected) {
    for (String e : expected) {
      org.assertj.core.api.Assertions.assertThat(keys).as("a key matching %s", e).anyMatch(k -> matches(k, e));
    }
  }

  /** The sentence's events that are not negated, as an article of 12 March 2025 whose id starts with {@code prefix}. */
  static List<CodedEvent> events(String prefix, String sentence) {
    Article a = new Article(prefix + "-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }

  /** The first of {@link #events} with the CAMEO code; fails naming the events there are when none has it. */
  static CodedEvent event(String prefix, String sentence, String cameo) {
    List<CodedEvent> events = events(prefix, sentence);
    return events.stream().filter(e -> e.cameo().equals(cameo)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + cameo + " event in '" + sentence + "': " + keys(prefix, sentence)));
  }

  /** {@link #events} as keys. */
  static List<String> keys(String prefix, String sentence) {
    return events(prefix, sentence).stream()
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code()))
        .toList();
  }
}
