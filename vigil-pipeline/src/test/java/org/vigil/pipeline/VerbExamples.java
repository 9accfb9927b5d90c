package org.vigil.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb-pattern example suite ({@code verb-examples.txt}): for every CAMEO code the built-in
 * verbs dictionary codes, sentences that must give the code and near misses that must not.
 */
record VerbExamples(List<Example> examples, Set<String> excluded) {
  static final String RESOURCE = "verb-examples.txt";

  /**
   * One example.
   *
   * @param line line in the file
   * @param code the CAMEO code
   * @param positive true when the sentence must give the code, false for a near miss
   * @param sentence the sentence
   * @param known why the example fails today, or null
   */
  record Example(int line, String code, boolean positive, String sentence, String known) {
    @Override
    public String toString() {
      return RESOURCE + ":" + line + " " + code + " " + (positive ? "+" : "-") + " " + sentence;
    }
  }

  private static final Pattern CODE = Pattern.compile("\\b\\d{2,4}\\b");

  static VerbExamples load() {
    String text;
    try (InputStream in = VerbExamples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the test class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> out = new ArrayList<>();
    Set<String> excluded = new LinkedHashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("# exclude ")) {
        int colon = l.indexOf(':');
        if (colon < 0 || colon == l.length() - 1) {
          throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected '# exclude CODES: reason'");
        }
        Matcher m = CODE.matcher(l.substring("# exclude ".length(), colon));
        while (m.find()) {
          excluded.add(m.group());
        }
        continue;
      }
      if (l.startsWith("#") || l.isEmpty()) {
        continue;
      }
      String[] p = l.split("\\|", -1);
      if (p.length < 3 || p.length > 4 || !p[0].strip().matches("\\d{2,4}") || !p[1].strip().matches("[+-]")
          || p[2].isBlank() || (p.length == 4 && !p[3].strip().startsWith("known: "))) {
        throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected 'CODE | +|- | sentence [| known: reason]'");
      }
      out.add(new Example(i + 1, p[0].strip(), p[1].strip().equals("+"), p[2].strip(),
          p.length == 4 ? p[3].strip().substring("known: ".length()) : null));
    }
    return new VerbExamples(List.copyOf(out), Set.copyOf(excluded));
  }
}
