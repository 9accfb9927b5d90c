package org.vigil.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vigil.core.article.Article;

/**
 * Invented test articles with their CoreNLP annotation recorded as CoNLL-U, under {@code
 * org/vigil/testkit/fixtures/}: {@code NAME.txt} in seed format and {@code NAME.conllu}, which
 * vigil-nlp's {@code FixtureGenerator} regenerates from real CoreNLP output, along with the list
 * of names in {@code index.txt}.
 *
 * <p>The seed format is {@code date YYYY-MM-DD} on the first line and the text after it. Thread-
 * safe (stateless).
 */
public final class Fixtures {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String DATE_PREFIX = "date ";

  private Fixtures() {}

  /**
   * The fixture article {@code name}, with {@code name} as its id and no title.
   *
   * @throws IllegalArgumentException when there is no such fixture
   */
  public static Article article(String name) {
    return fromSeed(name, resource(name, ".txt"));
  }

  /** The names of all fixtures, sorted, as listed in {@code fixtures/index.txt}. */
  public static List<String> names() {
    return resource("index", ".txt").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
  }

  /**
   * An annotator that knows the texts of the named fixtures.
   *
   * @throws IllegalArgumentException when a fixture is missing or its CoNLL-U does not fit
   */
  public static FixedAnnotator annotator(String... names) {
    FixedAnnotator.Builder builder = FixedAnnotator.builder();
    for (String name : names) {
      builder.add(article(name).text(), resource(name, ".conllu"));
    }
    return builder.build();
  }

  /**
   * The article in seed format: {@code date YYYY-MM-DD} on the first line, then the text, which
   * is stripped of leading and trailing whitespace.
   *
   * @throws IllegalArgumentException when the first line is not a date line or the text is blank
   */
  public static Article fromSeed(String id, String seed) {
    Objects.requireNonNull(id, "id");
    int newline = seed.indexOf('\n');
    String first = (newline < 0 ? seed : seed.substring(0, newline)).strip();
    if (!first.startsWith(DATE_PREFIX)) {
      throw new IllegalArgumentException(
          "seed " + id + " must start with 'date YYYY-MM-DD', not '" + first + "'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(first.substring(DATE_PREFIX.length()).strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("seed " + id + " has a bad date line '" + first + "'", e);
    }
    String text = newline < 0 ? "" : seed.substring(newline + 1).strip();
    return new Article(id, date, "", text, "", "testkit");
  }

  private static String resource(String name, String suffix) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("fixture name must match " + NAME + ", was '" + name + "'");
    }
    String path = "fixtures/" + name + suffix;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + path, e);
    }
  }
}
