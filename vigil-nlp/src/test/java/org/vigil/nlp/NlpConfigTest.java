package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class NlpConfigTest {

  @Test
  void defaultsRunEveryAnnotatorWithoutFineGrainedNerAndABigParserCache() {
    assertThat(NlpConfig.defaults()).isEqualTo(new NlpConfig(
        1, true, false, true, true, 150, 200_000, NlpConfig.NewlineBreak.TWO, 50_000));
  }

  @Test
  void defaultPropertiesMatchTheDesign() {
    var props = CoreNlpModels.mainProperties(NlpConfig.defaults());

    assertThat(props.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner");
    assertThat(props.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    assertThat(props.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(props.getProperty("ner.useSUTime")).isEqualTo("true");
    assertThat(props.getProperty("ner.maxlen")).isEqualTo("150");
    assertThat(props.getProperty("ner.model")).isNull();
  }

  @Test
  void sutimeWithoutNerRunsNerWithoutItsModels() {
    var props = CoreNlpModels.mainProperties(NlpConfig.builder().ner(false).build());

    assertThat(props.getProperty("annotators")).endsWith(",ner");
    assertThat(props.getProperty("ner.model")).isEmpty();
  }

  @Test
  void neitherNerNorSutimeLeavesNerOut() {
    var props = CoreNlpModels.mainProperties(NlpConfig.builder().ner(false).sutime(false).build());

    assertThat(props.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma");
  }

  @Test
  void fineGrainedNerTurnsNerOnAndNerOffTurnsItOff() {
    NlpConfig fine = NlpConfig.builder().ner(false).fineGrainedNer(true).build();
    assertThat(fine.ner()).isTrue();
    assertThat(NlpConfig.builder().fineGrainedNer(true).ner(false).build().fineGrainedNer())
        .isFalse();
  }

  @Test
  void annotatorsWithTheSameSettingsShareOnePipeline() {
    NlpConfig a = NlpConfig.builder().threadsPerArticle(2).build();
    NlpConfig b = NlpConfig.builder().threadsPerArticle(2).chunkChars(5_000).build();

    assertThat(CoreNlpModels.shared(a)).isSameAs(CoreNlpModels.shared(b));
    assertThat(CoreNlpModels.shared(a)).isNotSameAs(CoreNlpModels.shared(NlpConfig.defaults()));
  }

  @Test
  void selectiveAndFullShapesAreLoadedApartButSharedWithinAShape() {
    NlpConfig config = NlpConfig.builder().threadsPerArticle(3).build();

    assertThat(CoreNlpModels.shared(config, true)).isSameAs(CoreNlpModels.shared(config, true));
    assertThat(CoreNlpModels.shared(config, true)).isNotSameAs(CoreNlpModels.shared(config, false));
  }

  @Test
  void selectiveNamesComeFromTheThreeClassModelAloneWithoutSutime() {
    var props = CoreNlpModels.namesProperties(NlpConfig.defaults());

    assertThat(props.getProperty("annotators")).isEqualTo("ner");
    assertThat(props.getProperty("ner.model")).isEqualTo(CoreNlpModels.NAMES_MODEL).contains("3class");
    assertThat(props.getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(props.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
  }

  @Test
  void parserCacheIsHandedToTheParser() {
    assertThat(Parser.properties(NlpConfig.builder().parserCache(1234).build())
        .getProperty("numCached")).isEqualTo("1234");
  }

  @Nested
  class Rejects {
    @Test
    void zeroThreads() {
      assertThatThrownBy(() -> NlpConfig.builder().threadsPerArticle(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("threadsPerArticle must be in [1, 64], was 0");
    }

    @Test
    void zeroSentenceTokens() {
      assertThatThrownBy(() -> NlpConfig.builder().maxSentenceTokens(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxSentenceTokens must be >= 1, was 0");
    }

    @Test
    void tinyChunks() {
      assertThatThrownBy(() -> NlpConfig.builder().chunkChars(999))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("chunkChars must be >= 1000, was 999");
    }

    @Test
    void fineGrainedNerWithoutNer() {
      assertThatThrownBy(() -> new NlpConfig(
              1, false, true, true, true, 150, 200_000, NlpConfig.NewlineBreak.TWO, 200_000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fineGrainedNer needs ner");
    }

    @Test
    void negativeParserCache() {
      assertThatThrownBy(() -> NlpConfig.builder().parserCache(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("parserCache must be >= 0, was -1");
    }

    @Test
    void missingNewlineBreak() {
      assertThatThrownBy(() -> NlpConfig.builder().newlineBreak(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("newlineBreak");
    }
  }
}
