package org.vigil.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.event.CodedEvent;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

final class StreamSerdesTest {

  @Test
  void anyEventReadBackFromItsLineRendersAsTheSameLine() {
    Seeded.forEachCase(300, 0x5_7EA4L, g -> {
      Article a = Events.article("a" + g.between(0, 99), Events.DAY.plusDays(g.between(0, 900)));
      CodedEvent e = Events.random(g, a, "e" + g.between(0, 999));
      String line = StreamSerdes.event(e);
      assertThat(StreamSerdes.event(StreamSerdes.event(StreamSerdes.tree(line)))).isEqualTo(line);
    });
  }

  @Test
  void aCodedArticleReadsBackWithItsStoryAndEvents() {
    Article a = Events.article("a1", Events.DAY);
    StoryAssignment story = new StoryAssignment("a1", "s0", false, "a0", 0.75);
    List<CodedEvent> events = List.of(Events.full(a, "e1"), Events.bare(a, "e2"));
    CodedArticle back = StreamSerdes.coded(StreamSerdes.coded(a, story, events));
    assertThat(back.article()).isEqualTo(a);
    assertThat(back.story()).isEqualTo(story);
    assertThat(back.events()).extracting(StreamSerdes::event).containsExactly(StreamSerdes.event(events.get(0)),
        StreamSerdes.event(events.get(1)));
  }

  @Test
  void anArticleLineReadsBackAsTheSameArticleThroughTheBatchReader() {
    Article a = new Article("x1", LocalDate.of(2021, 7, 8), "Guards \"fire\"", "Kyrgyz and Tajik border guards exchanged"
        + " fire near the village on Wednesday.\n\nTwo were wounded.", "https://example.org/x1", "Courier");
    assertThat(StreamSerdes.read(StreamSerdes.articleLine(a), "t/0@0")).isEqualTo(new StreamSerdes.Accepted(a));
  }

  @Test
  void aRecordWithoutADateIsRejectedForTheReasonTheBatchReaderGives() {
    byte[] line = "{\"id\": \"n1\", \"text\": \"Tajik border guards exchanged fire on Wednesday.\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(StreamSerdes.read(line, "vigil-articles/2@7"))
        .isEqualTo(new StreamSerdes.Rejected("vigil-articles/2@7:1 (id n1)", "missing date: no 'date' or 'published' field"));
  }

  @Test
  void aRecordWithBlankTextIsRejected() {
    byte[] line = "{\"id\": \"b1\", \"date\": \"2021-07-08\", \"text\": \"  \"}".getBytes(StandardCharsets.UTF_8);
    assertThat(StreamSerdes.read(line, "t/0@1")).isEqualTo(new StreamSerdes.Rejected("t/0@1:1 (id b1)", "blank text"));
  }

  @Test
  void anEmptyMessageIsRejected() {
    assertThat(StreamSerdes.read(new byte[0], "t/1@3")).isEqualTo(new StreamSerdes.Rejected("t/1@3",
        "empty message: no article"));
  }
}
