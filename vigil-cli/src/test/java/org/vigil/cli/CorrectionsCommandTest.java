package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.correction.CorrectedCoding;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.OriginalCoding;
import org.vigil.core.correction.Verdict;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;
import org.vigil.eval.ArticleGold;
import org.vigil.eval.Evaluation;
import org.vigil.eval.GoldSet;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * {@code vigil corrections export --gold} then the eval's own gold reader: the round trip gives
 * the corrected events (issue 14, item 7); and {@code vigil corrections suggest}.
 */
final class CorrectionsCommandTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 2);
  private static final Instant AT = Instant.parse("2021-07-03T10:00:00Z");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeEach
  void capture() {
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setProperty(Output.SYSTEM_OUT, "true");
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.clearProperty(Output.SYSTEM_OUT);
    System.setErr(stderr);
  }

  /** Two articles: one with an appeal coded as humanitarian aid (wrong: economic), a clash (no event) and a meeting (right). */
  private Path corrected() {
    Path db = dir.resolve("vigil.duckdb");
    Article a = new Article("art-1", DAY, "Appeal", "Tajikistan asked the CSTO for money. Rebels clashed, a rumour said."
        + " Kyrgyz and Tajik officials met.", "https://x.org/1", "test");
    Article b = new Article("art-2", DAY.plusDays(1), "Quiet", "Nothing happened here.", "https://x.org/2", "test");
    CodedEvent appeal = Events.event(a, "e-appeal").date(DAY).source("TJKGOV", "TJK").target("IGOCSTO", null)
        .cameo("0233", 1, 3.4).plover("REQUEST").negated(false).modality(Modality.ASSERTED).trigger(11, 16).sentence(0)
        .build();
    CodedEvent clash = Events.event(a, "e-clash").date(DAY).source("TJKREB", "TJK").target("TJKGOV", "TJK")
        .cameo("190", 4, -10).plover("ASSAULT").negated(false).modality(Modality.ASSERTED).trigger(45, 52).sentence(1)
        .build();
    CodedEvent meeting = Events.event(a, "e-meet").date(DAY).source("KGZGOV", "KGZ").target("TJKGOV", "TJK")
        .cameo("036", 1, 4).plover("CONSULT").negated(false).modality(Modality.ASSERTED).trigger(100, 103).sentence(2)
        .build();
    CodedEvent other = Events.event(b, "e-other").date(DAY).source("KGZGOV", "KGZ").target("TJKGOV", "TJK")
        .cameo("036", 1, 4).plover("CONSULT").negated(false).modality(Modality.ASSERTED).build();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(appeal, clash, meeting));
      store.store(b, List.of(other));
      store.addCorrection(new Correction("c-0001", "e-appeal", "art-1", AT, Verdict.WRONG, "ana", "money, not aid",
          new CorrectedCoding("0231", "TJKGOV", "IGOCSTO", DAY, "Dushanbe", Modality.REQUESTED),
          OriginalCoding.of(appeal, a.text())));
      store.addCorrection(new Correction("c-0002", "e-clash", "art-1", AT.plusSeconds(1), Verdict.WRONG, "ana",
          "a rumour, no clash", null, OriginalCoding.of(clash, a.text())));
      store.addCorrection(new Correction("c-0003", "e-meet", "art-1", AT.plusSeconds(2), Verdict.RIGHT, "bo", "",
          null, OriginalCoding.of(meeting, a.text())));
    }
    return db;
  }

  @Test
  void exportedGoldReadsBackThroughTheEvalReaderAsTheCorrectedEvents() throws Exception {
    Path db = corrected();
    Path gold = dir.resolve("gold.jsonl");

    assertThat(Main.run("corrections", "export", "--gold", gold.toString(), "--db", db.toString()))
        .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);

    GoldSet set = Evaluation.parseGold(gold.toString(), Files.readString(gold));
    assertThat(set.skipped()).isEmpty();
    assertThat(set.warnings()).isEmpty();
    assertThat(set.articles()).singleElement().satisfies(article -> {
      assertThat(article.id()).isEqualTo("art-1");
      assertThat(article.date()).isEqualTo(DAY);
      assertThat(article.hasText()).isTrue();
      assertThat(article.text()).startsWith("Tajikistan asked the CSTO for money.");
      // the appeal as corrected, the meeting as judged right; the clash is no event
      assertThat(article.events()).extracting(ArticleGold.Event::cameo).containsExactly("0231", "036");
      ArticleGold.Event appeal = article.events().get(0);
      assertThat(appeal.source().code()).isEqualTo("TJKGOV");
      assertThat(appeal.target().code()).isEqualTo("IGOCSTO");
      assertThat(appeal.plover()).isEqualTo("REQUEST");
      assertThat(appeal.modality()).isEqualTo("requested");
      assertThat(appeal.trigger()).isEqualTo("asked");
      assertThat(appeal.place().name()).isEqualTo("Dushanbe");
      assertThat(appeal.note()).contains("c-0001");
      assertThat(article.events().get(1).source().code()).isEqualTo("KGZGOV");
    });
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 corrected article written to " + gold);
  }

  @Test
  void suggestListsWhatTheCorrectionsSuggestWithTheirEvidence() {
    Path db = corrected();
    assertThat(Main.run("corrections", "suggest", "--db", db.toString())).isEqualTo(Main.OK);
    // one correction of each pattern: not enough evidence for a pattern change, and no actor was recoded
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("no suggestions from 3 corrections\n");
    out.reset();
    assertThat(Main.run("corrections", "suggest", "--json", "--db", db.toString())).isEqualTo(Main.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"suggestions\":[]}\n");
  }

  @Test
  void noStoreIsSaid() {
    assertThat(Main.run("corrections", "export", "--gold", "-", "--db", dir.resolve("none.duckdb").toString()))
        .isEqualTo(Main.FAILURE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("vigil corrections export: no store at");
  }
}
