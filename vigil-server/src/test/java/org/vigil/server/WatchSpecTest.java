package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.monitor.series.Filter;

final class WatchSpecTest {
  private static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  private static String problem(String text) {
    try {
      WatchSpec.parse(json(text), null);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("accepted: " + text);
  }

  @Test
  void aBorderWatchReadsItsCountriesAndBandAndWritesTheSameJson() throws Exception {
    WatchSpec s = WatchSpec.parse(json("{\"id\": \"b\", \"name\": \"Border\", \"kind\": \"Border\", \"countries\":"
        + " [\"afg\", \"tjk\"], \"band_km\": 30, \"filter\": {\"types\": [\"assault\"], \"quad_classes\": [4]}}"), null);

    assertThat(s.kind()).isEqualTo(WatchSpec.Kind.BORDER);
    assertThat(List.of(s.a(), s.b())).containsExactly("AFG", "TJK");
    assertThat(s.bandKm()).isEqualTo(30);
    assertThat(s.filter()).isEqualTo(new Filter(Set.of("ASSAULT"), Set.of(4), Set.of(), 0));
    assertThat(WatchSpec.parse(s.toJson(), null)).isEqualTo(s);
    assertThat(s.toJson().has("country")).isFalse();
  }

  @Test
  void everyKindRoundTripsThroughJson() throws Exception {
    for (String text : List.of(
        "{\"id\": \"c\", \"name\": \"C\", \"kind\": \"country\", \"country\": \"TJK\"}",
        "{\"id\": \"d\", \"name\": \"D\", \"kind\": \"dyad\", \"a\": \"RUS\", \"b\": \"UKR\", \"directed\": true}",
        "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"alliance\", \"code\": \"csto\"}",
        "{\"id\": \"p\", \"name\": \"P\", \"kind\": \"places\", \"places\": [\"Khorog\", \"Panji Poyon\"]}")) {
      WatchSpec s = WatchSpec.parse(json(text), null);
      assertThat(WatchSpec.parse(s.toJson(), null)).as(text).isEqualTo(s);
    }
  }

  @Test
  void aPathIdStandsInForAMissingOne() throws Exception {
    assertThat(WatchSpec.parse(json("{\"name\": \"C\", \"kind\": \"country\", \"country\": \"TJK\"}"), "tjk").id())
        .isEqualTo("tjk");
  }

  @Test
  void badWatchesAreRefusedNamingTheWatchAndTheField() {
    assertThat(problem("{\"id\": \"Bad Id\", \"name\": \"x\", \"kind\": \"country\", \"country\": \"TJK\"}"))
        .isEqualTo("watch id must be 1-64 of a-z, 0-9, '.', '_', '-' (starting with a letter or digit), was Bad Id");
    assertThat(problem("{\"id\": \"c\", \"kind\": \"country\", \"country\": \"TJK\"}"))
        .isEqualTo("watch c: name must not be blank");
    assertThat(problem("{\"id\": \"c\", \"name\": \"C\", \"kind\": \"country\"}"))
        .isEqualTo("watch c: country is missing");
    assertThat(problem("{\"id\": \"b\", \"name\": \"B\", \"kind\": \"border\", \"countries\": [\"TJK\"]}"))
        .isEqualTo("watch b: countries must be a list of two ISO-3 codes");
    assertThat(problem("{\"id\": \"b\", \"name\": \"B\", \"kind\": \"border\", \"countries\": [\"TJK\", \"TJK\"]}"))
        .isEqualTo("watch b: a border needs two countries, was TJK twice");
    assertThat(problem("{\"id\": \"b\", \"name\": \"B\", \"kind\": \"border\", \"countries\": [\"AFG\", \"TJK\"],"
        + " \"band_km\": 0}")).isEqualTo("watch b: band_km must be in (0, 500], was 0.0");
    assertThat(problem("{\"id\": \"p\", \"name\": \"P\", \"kind\": \"places\", \"places\": []}"))
        .isEqualTo("watch p: places must list at least one place");
    assertThat(problem("{\"id\": \"c\", \"name\": \"C\", \"kind\": \"country\", \"country\": \"TJK\", \"colour\": 1}"))
        .isEqualTo("watch c: unknown field colour; the fields are a, b, band_km, code, countries, country, directed,"
            + " filter, id, kind, name, places");
    assertThat(problem("{\"id\": \"c\", \"name\": \"C\", \"kind\": \"country\", \"country\": \"TJK\", \"filter\":"
        + " {\"quad_classes\": [5]}}")).isEqualTo("watch c: filter QuadClass must be 1..4, was 5");
  }

  @Test
  void aListWithAnIdTwiceIsRefused() throws Exception {
    String c = "{\"id\": \"c\", \"name\": \"C\", \"kind\": \"country\", \"country\": \"TJK\"}";
    assertThatThrownBy(() -> WatchSpec.parseList(json("[" + c + ", " + c + "]"), "watches.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("watches.json: watch c is listed twice");
  }

  @Test
  void aFreshHomeStartsWithTheBuiltInWatchesWrittenToItsFile(@TempDir Path home) throws Exception {
    WatchBook book = new WatchBook(home.resolve("watches.json"), List.of());

    assertThat(book.all()).extracting(e -> e.spec().id()).containsExactly("afg-tjk-border", "csto");
    assertThat(new WatchBook(home.resolve("watches.json"), List.of()).all()).isEqualTo(book.all());
  }

  @Test
  void aSettingsWatchWinsOverTheFileWatchOfItsId(@TempDir Path home) throws Exception {
    WatchSpec mine = WatchSpec.parse(json("{\"id\": \"csto\", \"name\": \"Mine\", \"kind\": \"country\","
        + " \"country\": \"RUS\"}"), null);

    WatchBook book = new WatchBook(home.resolve("watches.json"), List.of(mine));

    assertThat(book.all()).extracting(e -> e.spec().name() + "/" + e.origin())
        .containsExactly("Afghanistan-Tajikistan border/FILE", "Mine/SETTINGS");
    assertThatThrownBy(() -> book.delete("csto")).isInstanceOf(ApiException.class)
        .hasMessage("watch csto is defined in the settings file (watches:); change it there");
  }
}
