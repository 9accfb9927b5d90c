package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EnglishCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {
      Outcome.ENGLISH,
      "Tajikistan asks CSTO for help",
      "Ministers from Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Turkmenistan met in"
          + " Dushanbe on Friday to discuss border security, refugees and trade, according to a"
          + " statement published by the Tajik government.",
      "Kassym-Jomart Tokayev met Recep Tayyip Erdo\u011fan and Emmanuel Macron in S\u00e3o Paulo"
          + " on Friday; the three leaders said they had agreed to hold talks on Ukraine, grain"
          + " exports and energy prices before the summit in Brasília.",
      "President Volodymyr Zelenskyy told reporters on Thursday that Ukrainian forces had"
          + " retaken several villages near Kharkiv after weeks of heavy fighting, but warned that"
          + " Russian troops were massing further south."})
  void englishNewsPasses(String text) {
    assertThat(EnglishCheck.problem(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // German
      "Russische Truppen sind am Donnerstag in die Ostukraine einmarschiert, sagten Beamte in"
          + " Kiew, w\u00e4hrend die Regierung in Moskau jeden Angriffsplan bestritt. Das"
          + " Au\u00dfenministerium erkl\u00e4rte, es werde auf das reagieren, was es als"
          + " Provokationen an der Grenze bezeichnete.",
      // Spanish
      "Las tropas rusas entraron el jueves en el este de Ucrania, dijeron funcionarios en Kiev,"
          + " mientras el gobierno de Mosc\u00fa neg\u00f3 cualquier plan de ataque. El ministerio"
          + " de Asuntos Exteriores dijo que responder\u00eda a lo que calific\u00f3 de"
          + " provocaciones cerca de la frontera.",
      // Dutch
      "Russische troepen zijn donderdag Oost-Oekra\u00efne binnengetrokken, zeiden"
          + " functionarissen in Kiev, terwijl de regering in Moskou elk plan voor een aanval"
          + " ontkende. Het ministerie van Buitenlandse Zaken zei dat het zou reageren op wat het"
          + " provocaties bij de grens noemde.",
      // Indonesian: all ASCII, so only the word share can tell
      "Pasukan Rusia memasuki Ukraina timur pada hari Kamis, kata para pejabat di Kyiv,"
          + " sementara pemerintah di Moskow membantah adanya rencana serangan. Kementerian luar"
          + " negeri mengatakan akan menanggapi apa yang disebutnya provokasi di dekat perbatasan."})
  void latinScriptLanguagesFailOnTheShareOfEnglishWords(String text) {
    assertThat(EnglishCheck.problem(text)).startsWith("not English (").contains("common English words");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\u4fc4\u7f57\u65af\u519b\u961f\u5468\u56db\u8fdb\u5165\u4e4c\u514b\u5170\u4e1c\u90e8\uff0c"
          + "\u57fa\u8f85\u5b98\u5458\u8868\u793a\uff0c\u83ab\u65af\u79d1\u653f\u5e9c\u5426\u8ba4"
          + "\u4efb\u4f55\u8fdb\u653b\u8ba1\u5212\u3002",
      "\u0627\u0644\u0642\u0648\u0627\u062a \u0627\u0644\u0631\u0648\u0633\u064a\u0629 \u062f"
          + "\u062e\u0644\u062a \u0634\u0631\u0642 \u0623\u0648\u0643\u0631\u0627\u0646\u064a"
          + "\u0627 \u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633"})
  void otherScriptsFailOnTheShareOfAsciiLetters(String text) {
    assertThat(EnglishCheck.problem(text)).isEqualTo("not English (0% of letters are ASCII)");
  }

  @Test
  void reasonGivesTheShareAndTheNumberOfWords() {
    String text = "dies ist kein englischer Text, sondern ein deutscher Satz mit vielen W\u00f6rtern,"
        + " die man in England kaum h\u00f6rt, weil dort niemand so spricht wie hier bei uns im"
        + " Dorf am Rhein";

    assertThat(EnglishCheck.problem(text)).isEqualTo("not English (0% common English words in 31 words)");
  }
}
