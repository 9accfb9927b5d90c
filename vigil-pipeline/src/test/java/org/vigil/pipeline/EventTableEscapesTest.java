package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.testkit.Events;

/** Issue 12: text from the input reaches the terminal with its control characters shown, not sent. */
final class EventTableEscapesTest {
  @Test
  void controlCharactersInCellsAreShownAsEscapes() {
    Article a = Events.article("a1", Events.DAY);

    String table = EventTable.render(List.of(Events.event(a, "e1").mode("air\u001b[2J\u0007").build()));

    assertThat(table).doesNotContain("\u001b").doesNotContain("\u0007").contains("AID/air\\e[2J\\u0007");
  }
}
