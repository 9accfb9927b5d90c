package org.vigil.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.vigil.core.VigilException;

/**
 * Reads JSON Lines gold files. Each line is one record whose style is told by its marker field:
 * {@code expected} or {@code noevents} (PETRARCH), {@code event} (PLOVER), {@code toponyms} (geo), {@code asserts} (geoparsing assertions in Mordecai3's style),
 * {@code event_date} (event reports: when and where one event happened), {@code events} (article gold:
 * every event of one article; the text may be left out and joined from a corpus by id).
 * A line that is not a valid record is skipped with a {@link GoldProblem} and reading goes on. Two
 * defects that do not touch what is scored are repaired with a warning instead: a date that is
 * neither {@code YYYY-MM-DD} nor {@code YYYYMMDD} becomes {@link GoldRecord#DEFAULT_DATE}, and a
 * blank {@code text} is rebuilt from the record's {@code conllu} where it has one. Stateless;
 * thread-safe.
 */
final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private GoldReader() {}

  /** Reads every line of {@code in}; {@code file} names it in origins and problems. */
  static void read(String file, BufferedReader in, List<GoldRecord> records, List<GoldProblem> skipped,
      List<GoldProblem> warnings) {
    int lineNumber = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        int n = lineNumber;
        try {
          records.add(parse(line, file + ":" + n, warning -> warnings.add(new GoldProblem(file, n, warning))));
        } catch (BadRecord e) {
          skipped.add(new GoldProblem(file, n, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new VigilException("cannot read gold file " + file + " after line " + lineNumber, e);
    }
  }

  static GoldRecord parse(String line, String origin, Consumer<String> warn) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadRecord("not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadRecord("expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    boolean petrarch = node.has("expected") || node.has("noevents");
    boolean plover = node.has("event");
    boolean geo = node.has("toponyms");
    boolean asserts = node.has("asserts");
    boolean report = node.has("event_date");
    boolean article = node.has("events");
    int styles = (petrarch ? 1 : 0) + (plover ? 1 : 0) + (geo ? 1 : 0) + (asserts ? 1 : 0) + (report ? 1 : 0)
        + (article ? 1 : 0);
    if (styles != 1) {
      throw new BadRecord(styles == 0
          ? "no gold style: expected one of \"expected\"/\"noevents\" (PETRARCH), \"event\" (PLOVER), \"toponyms\" (geo), \"asserts\" (geo assertions), \"event_date\" (event reports), \"events\" (article gold)"
          : "mixes gold styles: has more than one of \"expected\"/\"noevents\", \"event\", \"toponyms\", \"asserts\", \"event_date\", \"events\"");
    }
    try {
      String id = requiredText(node, "id");
      LocalDate date = date(node, warn);
      if (article) {
        String own = optionalText(node, "text");
        return new ArticleGold(id, date, own, null, list(node, "events", n -> articleEvent(n, date)), origin);
      }
      String text = text(node, warn);
      if (petrarch) {
        return new PetrarchGold(id, date, text, list(node, "expected", GoldReader::triple),
            bool(node, "noevents"), optionalText(node, "error"), config(node), origin);
      }
      if (plover) {
        return new PloverGold(id, date, text, requiredText(node, "event"), optionalText(node, "mode"),
            optionalText(node, "context"), list(node, "source", GoldReader::actor),
            list(node, "target", GoldReader::actor), origin);
      }
      if (report) {
        String country = optionalText(node, "country");
        return new EventReportGold(id, date, text, isoDate(node, "event_date", true), isoDate(node, "event_date_end", false),
            country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
            optionalText(node, "admin1"), optionalText(node, "location"), number(node, "lat"), number(node, "lon"),
            optionalText(node, "plover"), origin);
      }
      if (asserts) {
        return new MordecaiGold(id, date, text, optionalText(node, "event_category"),
            list(node, "asserts", GoldReader::assertion), bool(node, "skipped_upstream"), origin);
      }
      return new GeoGold(id, date, text, list(node, "toponyms", GoldReader::toponym), origin);
    } catch (IllegalArgumentException e) {
      // a record constructor rejected a value; its message names the field
      throw new BadRecord(e.getMessage());
    }
  }

  private static PetrarchGold.Triple triple(JsonNode n) {
    return new PetrarchGold.Triple(optionalText(n, "source"), optionalText(n, "target"), requiredText(n, "code"));
  }

  private static ArticleGold.Event articleEvent(JsonNode n, LocalDate articleDate) {
    LocalDate date = isoDate(n, "date", false);
    return new ArticleGold.Event(optionalText(n, "sentence"), optionalText(n, "trigger"),
        articleActor(n, "source"), articleActor(n, "target"), optionalText(n, "plover"), optionalText(n, "cameo"),
        optionalText(n, "modality"), date == null ? articleDate : date, optionalText(n, "date_granularity"),
        place(n), optionalText(n, "note"));
  }

  private static ArticleGold.Actor articleActor(JsonNode n, String field) {
    JsonNode a = n.get(field);
    if (a == null || a.isNull()) {
      return null;
    }
    if (!a.isObject()) {
      throw new BadRecord("\"" + field + "\" must be an object, was " + a.getNodeType());
    }
    String code = optionalText(a, "code");
    String country = optionalText(a, "country");
    return new ArticleGold.Actor(optionalText(a, "text"),
        code == null || code.isBlank() ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
        country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT));
  }

  private static ArticleGold.Place place(JsonNode n) {
    JsonNode p = n.get("place");
    if (p == null || p.isNull()) {
      return null;
    }
    if (!p.isObject()) {
      throw new BadRecord("\"place\" must be an object, was " + p.getNodeType());
    }
    String country = optionalText(p, "country");
    return new ArticleGold.Place(optionalText(p, "name"),
        country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
        optionalText(p, "admin1"));
  }

  private static PloverGold.Actor actor(JsonNode n) {
    return new PloverGold.Actor(optionalText(n, "actorText"), optionalText(n, "code"), optionalText(n, "sector"));
  }

  private static GeoGold.Toponym toponym(JsonNode n) {
    return new GeoGold.Toponym(integer(n, "start"), integer(n, "end"), optionalText(n, "phrase"),
        number(n, "lat"), number(n, "lon"));
  }

  private static MordecaiGold.Assertion assertion(JsonNode n) {
    JsonNode expected = n.get("expected");
    String value = expected == null || expected.isNull() ? "" : expected.isValueNode() ? expected.asText() : expected.toString();
    return new MordecaiGold.Assertion(requiredText(n, "path"), value);
  }

  private static LocalDate date(JsonNode node, Consumer<String> warn) {
    JsonNode value = node.get("date");
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return GoldRecord.DEFAULT_DATE;
    }
    String date = value.asText().strip();
    try {
      return LocalDate.parse(date, date.length() == 8 ? DateTimeFormatter.BASIC_ISO_DATE : DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      warn.accept("\"date\" " + value + " is not YYYY-MM-DD; using " + GoldRecord.DEFAULT_DATE);
      return GoldRecord.DEFAULT_DATE;
    }
  }

  /** A {@code YYYY-MM-DD} field; a bad or (when required) missing one makes the record unreadable. */
  private static LocalDate isoDate(JsonNode node, String field, boolean required) {
    String value = optionalText(node, field);
    if (value == null || value.isBlank()) {
      if (required) {
        throw new BadRecord("\"" + field + "\" is missing or blank");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRecord("\"" + field + "\" " + value + " is not YYYY-MM-DD");
    }
  }

  private static String text(JsonNode node, Consumer<String> warn) {
    String text = optionalText(node, "text");
    if (text != null && !text.isBlank()) {
      return text;
    }
    String conllu = optionalText(node, "conllu");
    String rebuilt = conllu == null ? "" : ConlluText.rebuild(conllu);
    if (rebuilt.isBlank()) {
      throw new BadRecord("\"text\" is missing or blank");
    }
    warn.accept("\"text\" is blank; rebuilt from \"conllu\" as \"" + rebuilt + "\"");
    return rebuilt;
  }

  private static Map<String, String> config(JsonNode node) {
    JsonNode config = node.get("config");
    if (config == null || config.isNull()) {
      return Map.of();
    }
    if (!config.isObject()) {
      throw new BadRecord("\"config\" must be an object, was " + config.getNodeType());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : config.properties()) {
      if (!e.getValue().isValueNode() || e.getValue().isNull()) {
        throw new BadRecord("\"config\"." + e.getKey() + " must be a string, was " + e.getValue().getNodeType());
      }
      values.put(e.getKey(), e.getValue().asText());
    }
    return values;
  }

  private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> element) {
    JsonNode array = node.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new BadRecord("\"" + field + "\" must be an array, was " + array.getNodeType());
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isObject()) {
        throw new BadRecord("\"" + field + "\"[" + i + "] must be an object, was " + array.get(i).getNodeType());
      }
      try {
        out.add(element.apply(array.get(i)));
      } catch (BadRecord | IllegalArgumentException e) {
        throw new BadRecord("\"" + field + "\"[" + i + "]: " + e.getMessage());
      }
    }
    return out;
  }

  private static String requiredText(JsonNode node, String field) {
    String value = optionalText(node, field);
    if (value == null || value.isBlank()) {
      throw new BadRecord("\"" + field + "\" is missing or blank");
    }
    return value;
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadRecord("\"" + field + "\" must be a string, was " + value.getNodeType());
    }
    return value.textValue();
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new BadRecord("\"" + field + "\" must be true or false, was " + value);
    }
    return value.booleanValue();
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new BadRecord("\"" + field + "\" must be an integer, was " + (value == null ? "missing" : value));
    }
    return value.intValue();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new BadRecord("\"" + field + "\" must be a number, was " + value);
    }
    return value.doubleValue();
  }

  /** A line that is not a valid gold record; caught per line and turned into a {@link GoldProblem}. */
  static final class BadRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRecord(String message) {
      super(message, null, false, false);
    }
  }
}
