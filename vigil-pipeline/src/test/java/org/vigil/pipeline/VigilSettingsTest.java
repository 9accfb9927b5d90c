package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.VigilException;

final class VigilSettingsTest {
  @TempDir Path dir;

  private Path yaml(String text) throws IOException {
    Path file = dir.resolve("vigil.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void withoutFileEnvironmentOrFlagsEveryKeyHasItsDefault() {
    VigilSettings s = VigilSettings.load(null, Map.of(), Map.of());

    assertThat(s.engineConfig()).isEqualTo(EngineConfig.defaults());
    assertThat(s.threads()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors()));
    assertThat(s.storePath()).isEqualTo(Path.of("vigil-data/vigil.duckdb"));
    assertThat(s.batchSize()).isEqualTo(StoreBatcher.DEFAULT_SIZE);
    assertThat(s.failurePolicy()).isEqualTo(FailurePolicy.CONTINUE);
    assertThat(s.file()).isEmpty();
    VigilSettings.keys().forEach(k -> assertThat(s.source(k)).isEqualTo("default"));
  }

  @Test
  void theFileOverridesTheDefaultsWithNestedOrDottedKeys() throws IOException {
    Path file = yaml("""
        engine:
          analysis: full
          places: false
        threads: 3
        store.batch-size: 8
        failure-policy: fail
        """);

    VigilSettings s = VigilSettings.load(file, Map.of(), Map.of());

    assertThat(s.engineConfig()).isEqualTo(EngineConfig.defaults().withAnalysis(EngineConfig.Analysis.FULL).withPlaces(false));
    assertThat(s.threads()).isEqualTo(3);
    assertThat(s.batchSize()).isEqualTo(8);
    assertThat(s.failurePolicy()).isEqualTo(FailurePolicy.FAIL);
    assertThat(s.source("engine.analysis")).isEqualTo(file + ":2");
    assertThat(s.source("threads")).isEqualTo(file + ":4");
    assertThat(s.source("store.path")).isEqualTo("default");
  }

  @Test
  void theFileIsFoundThroughVigilConfigWhenNoFlagNamesIt() throws IOException {
    Path file = yaml("threads: 5\n");

    VigilSettings s = VigilSettings.load(null, Map.of("VIGIL_CONFIG", file.toString()), Map.of());

    assertThat(s.file()).contains(file);
    assertThat(s.threads()).isEqualTo(5);
  }

  @Test
  void theEnvironmentOverridesTheFile() throws IOException {
    Path file = yaml("engine:\n  analysis: full\nthreads: 3\n");

    VigilSettings s = VigilSettings.load(file, Map.of("VIGIL_ENGINE_ANALYSIS", "selective",
        "VIGIL_STORE_BATCH_SIZE", "4"), Map.of());

    assertThat(s.engineConfig().analysis()).isEqualTo(EngineConfig.Analysis.SELECTIVE);
    assertThat(s.source("engine.analysis")).isEqualTo("environment variable VIGIL_ENGINE_ANALYSIS");
    assertThat(s.batchSize()).isEqualTo(4);
    assertThat(s.threads()).isEqualTo(3);
  }

  @Test
  void aFlagOverridesTheEnvironment() throws IOException {
    Path file = yaml("threads: 3\n");

    VigilSettings s = VigilSettings.load(file, Map.of("VIGIL_THREADS", "2", "VIGIL_ENGINE_ANALYSIS", "selective"),
        Map.of("threads", "7", "engine.analysis", "full"));

    assertThat(s.threads()).isEqualTo(7);
    assertThat(s.source("threads")).isEqualTo("flag --threads");
    assertThat(s.engineConfig().analysis()).isEqualTo(EngineConfig.Analysis.FULL);
    assertThat(s.source("engine.analysis")).isEqualTo("flag --full-pipeline");
  }

  @Test
  void vigilDbStillSetsTheStorePathButVigilStorePathWins() {
    assertThat(VigilSettings.load(null, Map.of("VIGIL_DB", "/tmp/a.duckdb"), Map.of()).storePath())
        .isEqualTo(Path.of("/tmp/a.duckdb"));
    assertThat(VigilSettings.load(null, Map.of("VIGIL_DB", "/tmp/a.duckdb"), Map.of()).source("store.path"))
        .isEqualTo("environment variable VIGIL_DB");
    assertThat(VigilSettings.load(null, Map.of("VIGIL_DB", "/tmp/a.duckdb", "VIGIL_STORE_PATH", "/tmp/b.duckdb"),
        Map.of()).storePath()).isEqualTo(Path.of("/tmp/b.duckdb"));
    assertThat(VigilSettings.load(null, Map.of("VIGIL_DB", "/tmp/a.duckdb"), Map.of("store.path", "c.duckdb"))
        .storePath()).isEqualTo(Path.of("c.duckdb"));
  }

  @Test
  void anUnknownKeyInTheFileIsRejectedWithItsName() throws IOException {
    Path file = yaml("engine:\n  analysys: full\n");

    assertThatThrownBy(() -> VigilSettings.load(file, Map.of(), Map.of()))
        .isInstanceOf(VigilException.class)
        .hasMessageStartingWith("settings: unknown key engine.analysys (in " + file + ":2); the keys are engine.dictionaries,");
  }

  @Test
  void anUnknownSectionInTheFileIsRejectedWithItsName() throws IOException {
    Path file = yaml("storage:\n  path: x.duckdb\n");

    assertThatThrownBy(() -> VigilSettings.load(file, Map.of(), Map.of()))
        .hasMessageStartingWith("settings: unknown key storage (in " + file + ":1)");
  }

  @Test
  void aBadValueIsRejectedWithItsKeySourceAndValue() throws IOException {
    Path file = yaml("engine:\n  analysis: fast\n");

    assertThatThrownBy(() -> VigilSettings.load(file, Map.of(), Map.of()))
        .isInstanceOf(VigilException.class)
        .hasMessage("settings: engine.analysis = \"fast\" (from " + file + ":2) is not one of selective, full");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_THREADS", "many"), Map.of()))
        .hasMessage("settings: threads = \"many\" (from environment variable VIGIL_THREADS) is not a whole number (or cores)");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of(), Map.of("store.batch-size", "0")))
        .hasMessage("settings: store.batch-size = \"0\" (from flag store.batch-size) is not between 1 and 100000");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_ENGINE_PLACES", "yes"), Map.of()))
        .hasMessage("settings: engine.places = \"yes\" (from environment variable VIGIL_ENGINE_PLACES) is not one of true, false");
  }

  @Test
  void theLearnedCheckFindsByDefaultAndIsSetByFileOrEnvironment() throws IOException {
    // issue 11, round 10: the finder is on by default, and the speech model (round 13); the other uses stay off
    assertThat(VigilSettings.load(null, Map.of(), Map.of()).engineConfig().learnedCheck())
        .containsExactly(org.vigil.learn.LearnedCheck.Use.FIND, org.vigil.learn.LearnedCheck.Use.SPEECH);
    assertThat(VigilSettings.load(null, Map.of(), Map.of()).effective()).containsEntry("coding.learned-check", "find,speech");
    assertThat(VigilSettings.load(null, Map.of(), Map.of()).engineConfig()).isEqualTo(EngineConfig.defaults());
    assertThat(VigilSettings.load(null, Map.of("VIGIL_CODING_LEARNED_CHECK", "off"), Map.of()).engineConfig()
        .learnedCheck()).isEmpty();
    Path file = yaml("coding:\n  learned-check: veto\n");
    VigilSettings s = VigilSettings.load(file, Map.of(), Map.of());
    assertThat(s.engineConfig().learnedCheck()).containsExactly(org.vigil.learn.LearnedCheck.Use.VETO);
    assertThat(s.engineConfig().settings()).containsEntry("coding.learned-check", "veto");
    assertThat(s.source("coding.learned-check")).isEqualTo(file + ":2");
    VigilSettings env = VigilSettings.load(file, Map.of("VIGIL_CODING_LEARNED_CHECK", "tiebreak,veto"), Map.of());
    assertThat(env.effective()).containsEntry("coding.learned-check", "tiebreak,veto");
    // off leaves the engine's settings, and so its fingerprint, as they were before the key existed
    assertThat(EngineConfig.defaults().withLearnedCheck(java.util.Set.of()).settings())
        .doesNotContainKey("coding.learned-check");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_CODING_LEARNED_CHECK", "always"), Map.of()))
        .hasMessage("settings: coding.learned-check = \"always\" (from environment variable VIGIL_CODING_LEARNED_CHECK) "
            + "is not off or a comma-separated list of tiebreak, veto, net, find, speech, calibrate");
  }

  @Test
  void petrarchDictionariesNeedADictionaryFolder() {
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of(), Map.of("engine.dictionary-format", "petrarch")))
        .hasMessage("settings: engine.dictionary-format = \"petrarch\" (from flag --dictionary-format) needs "
            + "engine.dictionaries (the built-in dictionaries are in Vigil's format)");
  }

  @Test
  void aMissingSettingsFileIsAnError() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_CONFIG", missing.toString()), Map.of()))
        .hasMessage("settings: the settings file " + missing + " (from environment variable VIGIL_CONFIG) does not exist");
  }

  @Test
  void describeListsEveryKeyWithItsValueAndSource() throws IOException {
    Path file = yaml("threads: 2\n");

    String described = VigilSettings.load(file, Map.of("VIGIL_DB", "x.duckdb"), Map.of()).describe();

    assertThat(described).contains("# settings file: " + file);
    assertThat(described.lines().filter(l -> !l.startsWith("#")).map(l -> l.substring(0, l.indexOf(' '))))
        .containsExactlyElementsOf(VigilSettings.keys());
    assertThat(described).containsPattern("threads +\\= 2 +\\(" + Pattern.quote(file + ":1") + "\\)");
    assertThat(described).containsPattern("store.path +\\= x.duckdb +\\(environment variable VIGIL_DB\\)");
  }

  @Test
  void everyDocumentedKeyIsAKeyVigilSettingsKnowsAndViceVersa() throws IOException {
    // the working directory of the tests is the module folder
    String doc = Files.readString(Path.of("../docs/configuration.md"), StandardCharsets.UTF_8);
    String keysSection = doc.substring(doc.indexOf("## Keys"));
    keysSection = keysSection.substring(0, keysSection.indexOf("\n## ", 1));
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\|(.*)$").matcher(keysSection);
    while (row.find()) {
      documented.put(row.group(1), row.group(2));
    }

    assertThat(List.copyOf(documented.keySet())).containsExactlyElementsOf(VigilSettings.keys());
    documented.forEach((key, rest) -> assertThat(rest).as(key).contains("`" + VigilSettings.environmentVariable(key) + "`"));
  }

  @Test
  void theFileListsWatchesAndWebhooksWithTheirSecrets() throws IOException {
    Path file = yaml("""
        watches:
          - {id: tjk, name: Tajikistan, kind: country, country: TJK, filter: {quad_classes: [3, 4]}}
        webhooks:
          - {url: https://hooks.example/a, secret: s1}
          - {url: http://hooks.example/b, secret-env: HOOK_SECRET}
        """);

    VigilSettings s = VigilSettings.load(file, Map.of("HOOK_SECRET", "from-env"), Map.of());

    assertThat(s.watches()).singleElement().satisfies(w -> {
      assertThat(w).containsEntry("id", "tjk").containsEntry("kind", "country");
      assertThat(w.get("filter")).isEqualTo(Map.of("quad_classes", List.of(3, 4)));
    });
    assertThat(s.webhooks()).containsExactly(
        new VigilSettings.Webhook(java.net.URI.create("https://hooks.example/a"), "s1"),
        new VigilSettings.Webhook(java.net.URI.create("http://hooks.example/b"), "from-env"));
    assertThat(s.webhooks().get(0).toString()).doesNotContain("s1");
  }

  @Test
  void aBadWebhookIsRejectedNamingItsEntry() throws IOException {
    Path none = yaml("webhooks:\n  - {url: https://hooks.example/a}\n");
    assertThatThrownBy(() -> VigilSettings.load(none, Map.of(), Map.of()))
        .hasMessage("settings: webhooks[1] (from " + none + ") needs a secret or secret-env (signatures need a secret)");
    Path ftp = yaml("webhooks:\n  - {url: ftp://hooks.example/a, secret: x}\n");
    assertThatThrownBy(() -> VigilSettings.load(ftp, Map.of(), Map.of()))
        .hasMessage("settings: webhooks[1] (from " + ftp + ") needs an http or https url, was ftp://hooks.example/a");
    Path unset = yaml("webhooks:\n  - {url: https://hooks.example/a, secret-env: NOPE}\n");
    assertThatThrownBy(() -> VigilSettings.load(unset, Map.of(), Map.of()))
        .hasMessage("settings: webhooks[1] (from " + unset + ") takes its secret from NOPE, which is not set");
    Path scalar = yaml("watches: tjk\n");
    assertThatThrownBy(() -> VigilSettings.load(scalar, Map.of(), Map.of()))
        .hasMessage("settings: watches (from " + scalar + ":1) must be a list (docs/configuration.md)");
  }

  @Test
  void theFileListsLiveSources() throws IOException {
    Path file = yaml("""
        threads: 2
        sources:
          - id: gazette
            kind: rss
            url: https://gazette.example/rss.xml
            interval: 15m
            name: Harbour Gazette
          - {id: drop, kind: folder, path: incoming, interval: PT1M}
          - id: page
            kind: html
            url: https://news.example/live
        fetch:
          item-body: page
        """);

    VigilSettings s = VigilSettings.load(file, Map.of(), Map.of());

    assertThat(s.sources()).containsExactly(
        new org.vigil.ingest.source.SourceSpec("gazette", org.vigil.ingest.source.SourceSpec.Kind.RSS,
            "https://gazette.example/rss.xml", java.time.Duration.ofMinutes(15), "Harbour Gazette"),
        new org.vigil.ingest.source.SourceSpec("drop", org.vigil.ingest.source.SourceSpec.Kind.FOLDER,
            "incoming", java.time.Duration.ofMinutes(1), ""),
        new org.vigil.ingest.source.SourceSpec("page", org.vigil.ingest.source.SourceSpec.Kind.HTML,
            "https://news.example/live", java.time.Duration.ofMinutes(15), ""));
    assertThat(s.sourceConfig().itemBody()).isEqualTo(org.vigil.ingest.source.SourceConfig.ItemBody.PAGE);
    assertThat(s.fetchConfig().allowPrivate()).isFalse();
    assertThat(s.fetchConfig().allowLoopback()).isFalse();
    assertThat(s.threads()).isEqualTo(2);
    assertThat(s.describe()).contains("# source gazette: rss https://gazette.example/rss.xml every 15m (Harbour Gazette)");
  }

  @Test
  void loopbackIsFetchedOnlyWhenAllowed() {
    VigilSettings on = VigilSettings.load(null, Map.of("VIGIL_FETCH_ALLOW_LOOPBACK", "true"), Map.of());
    assertThat(on.fetchConfig().allowLoopback()).isTrue();
    assertThat(on.fetchConfig().allowPrivate()).isFalse();
    assertThat(on.source("fetch.allow-loopback")).isEqualTo("environment variable VIGIL_FETCH_ALLOW_LOOPBACK");
    assertThatThrownBy(() -> VigilSettings.load(null, Map.of("VIGIL_FETCH_ALLOW_LOOPBACK", "sometimes"), Map.of()))
        .hasMessageContaining("fetch.allow-loopback");
  }

  @Test
  void aBadSourceIsRejectedNamingItsEntryAndLine() throws IOException {
    Path file = yaml("""
        sources:
          - {id: a, kind: rss, url: https://a.example/rss}
          - id: b
            kind: folder
        """);
    assertThatThrownBy(() -> VigilSettings.load(file, Map.of(), Map.of()))
        .hasMessage("settings: sources[2] (from " + file + ":3): source b has no folder");

    Path fast = yaml("sources:\n  - {id: a, kind: atom, url: https://a.example/atom, interval: 1s}\n");
    assertThatThrownBy(() -> VigilSettings.load(fast, Map.of(), Map.of()))
        .hasMessage("settings: sources[1] (from " + fast + ":2) interval 1s is shorter than 10s (polling a site more often is not polite)");

    Path twice = yaml("sources:\n  - {id: a, kind: atom, url: https://a.example/atom}\n  - {id: a, kind: rss, url: https://a.example/rss}\n");
    assertThatThrownBy(() -> VigilSettings.load(twice, Map.of(), Map.of()))
        .hasMessage("settings: sources[2] (from " + twice + ":3) has the id a of an earlier source");

    Path typo = yaml("sources:\n  - {id: a, kind: atom, link: https://a.example/atom}\n");
    assertThatThrownBy(() -> VigilSettings.load(typo, Map.of(), Map.of()))
        .hasMessage("settings: sources[1] (from " + typo + ":2) has an unknown field link; the fields are id, kind, url, path, interval, name");
  }

  @Test
  void intervalsAreReadInShortOrIsoForm() {
    assertThat(VigilSettings.interval("90s")).isEqualTo(java.time.Duration.ofSeconds(90));
    assertThat(VigilSettings.interval("2h")).isEqualTo(java.time.Duration.ofHours(2));
    assertThat(VigilSettings.interval("1d")).isEqualTo(java.time.Duration.ofDays(1));
    assertThat(VigilSettings.interval("PT15M")).isEqualTo(java.time.Duration.ofMinutes(15));
    assertThatThrownBy(() -> VigilSettings.interval("soon"))
        .hasMessage("interval must be like 90s, 15m, 2h, 1d or PT15M, was 'soon'");
  }
}
