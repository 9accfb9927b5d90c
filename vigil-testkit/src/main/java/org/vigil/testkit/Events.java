package org.vigil.testkit;

import java.time.LocalDate;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

/** Test articles and events built from the core records, with every field settable. */
public final class Events {
  public static final LocalDate DAY = LocalDate.of(2021, 7, 9);

  private Events() {}

  public static Article article(String id, LocalDate date) {
    return new Article(id, date, "Title " + id,
        "Tajikistan asked the CSTO for help on " + date + " (" + id + ").", "https://x.org/" + id,
        "test");
  }

  public static ActorRef actor(String code, String country) {
    return new ActorRef(code, country, code.length() > 3 ? code.substring(3) : null, code,
        code.toLowerCase(), 0, code.length(), List.of(), List.of("country:" + country));
  }

  /** An event with every optional field set. */
  public static CodedEvent full(Article a, String eventId) {
    return new Builder(a, eventId).build();
  }

  /** An event with every optional field null or empty. */
  public static CodedEvent bare(Article a, String eventId) {
    return new Builder(a, eventId).target(null).location(null).mode(null).spans(null, null)
        .build();
  }

  /** Text that exports must carry intact: quotes, commas, tabs, line ends, semicolons, non-ASCII. */
  private static final String AWKWARD = Seeded.Gen.range('a', 'z') + "AZ09 ,;\"'\t\n\r|\\éДش ";

  /**
   * An event of {@code a} whose every optional part is present or absent as {@code g} draws it,
   * and whose text fields hold awkward characters ({@link #AWKWARD}): for round trips through
   * the stores and the export formats.
   */
  public static CodedEvent random(Seeded.Gen g, Article a, String eventId) {
    String cameo = g.pick("010", "0233", "036", "112", "1823", "190", "174K", "0831");
    int root = Integer.parseInt(cameo.substring(0, 2));
    int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    double goldstein = g.between(-100, 100) / 10.0;
    ActorRef source = randomActor(g);
    ActorRef target = g.bool() ? randomActor(g) : null;
    Location location = switch (g.between(0, 3)) {
      case 0 -> null;
      case 1 -> new Location(g.string(AWKWARD, 1, 12), "country", g.pick("TJK", "AFG", "USA", "DEU"), null,
          null, null, null, "actor", g.string(AWKWARD, 0, 8), g.between(0, 100) / 100.0);
      case 2 -> new Location(g.string(AWKWARD, 1, 12), g.pick("city", "town", "capital", "region", "district",
          "border region", "place"), g.pick("TJK", "USA", "FRA", "XKX"), g.bool() ? g.string(AWKWARD, 1, 10) : null,
          g.between(-9000, 9000) / 100.0, g.between(-18000, 18000) / 100.0,
          g.bool() ? (long) g.between(1, 12_000_000) : null, "text", g.string(AWKWARD, 0, 8),
          g.between(0, 100) / 100.0);
      default -> new Location(g.string(AWKWARD, 1, 12), null, null, null, null, null, null, "text",
          g.string(AWKWARD, 0, 8), 0.2);
    };
    LocalDate day = a.date().minusDays(g.between(0, 400));
    EventDate date = g.bool()
        ? EventDate.ofArticle(a.date())
        : new EventDate(day, day.plusDays(g.between(0, 30)), g.pick(DateGranularity.values()), true,
            g.string(AWKWARD, 1, 10), "2021-W" + g.between(10, 52), g.bool());
    int begin = g.between(0, 500);
    String mode = g.bool() ? g.pick("military", "aerial", "verbal") : null;
    return new CodedEvent(a.id(), eventId, date, source, target, cameo, cameo.substring(0, 2), quad, goldstein,
        new Plover(g.pick("AID", "ASSAULT", "STATEMENT", "REQUEST"), mode,
            g.listOf(0, 3, () -> g.pick("military", "refugees", "economic"))),
        g.bool(), g.pick(Modality.values()), location,
        new Evidence(g.between(0, 40), g.string(AWKWARD, 1, 80), new int[] {begin, begin + g.between(1, 9)},
            g.bool() ? new int[] {0, 5} : null, g.bool() ? new int[] {6, 9} : null, g.string(AWKWARD, 0, 20),
            g.listOf(0, 2, () -> g.pick("not", "ready", "if"))),
        g.between(5, 95) / 100.0,
        g.listOf(0, 2, () -> g.pick("NUCLEAR", "REFUGEE", "BORDER")));
  }

  private static ActorRef randomActor(Seeded.Gen g) {
    String country = g.between(0, 4) == 0 ? null : g.pick("TJK", "AFG", "RUS", "USA");
    String sector = g.between(0, 4) == 0 ? null : g.pick("GOV", "MIL", "REB", "IGO");
    String code = country == null ? "IGO" + g.string(Seeded.Gen.range('A', 'Z'), 2, 5)
        : country + (sector == null ? "" : sector);
    return new ActorRef(code, country, sector, g.string(AWKWARD, 0, 20), g.string(AWKWARD, 0, 20),
        g.between(0, 100), g.between(100, 200), g.listOf(0, 3, () -> g.pick("ARM", "KAZ")),
        g.listOf(0, 2, () -> "country:" + country));
  }

  public static Builder event(Article a, String eventId) {
    return new Builder(a, eventId);
  }

  public static final class Builder {
    private final String articleId;
    private final String eventId;
    private EventDate date;
    private ActorRef source = new ActorRef("IGOCSTO", null, "IGO",
        "Collective Security Treaty Organization", "the CSTO", 20, 28,
        List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), List.of("org:CSTO"));
    private ActorRef target = new ActorRef("TJKGOV", "TJK", "GOV", "Tajikistan", "Tajikistan", 0,
        10, List.of(), List.of("country:TJK", "sector:GOV"));
    private String cameo = "0233";
    private int quadClass = 1;
    private double goldstein = 3.4;
    private String mode = "military";
    private boolean negated = true;
    private Modality modality = Modality.PROMISE;
    private Location location = new Location("Dushanbe", "city", "TJK", "Dushanbe", 38.5358,
        68.7791, 1221874L, "text", "in Dushanbe", 0.75);
    private int[] sourceSpan = {20, 28};
    private int[] targetSpan = {0, 10};
    private int sentenceIndex = 2;
    private int[] trigger = {11, 16};
    private String ploverType = "AID";
    private double confidence = 0.8;

    Builder(Article a, String eventId) {
      this.articleId = a.id();
      this.eventId = eventId;
      this.date = new EventDate(a.date().minusDays(11), a.date().minusDays(5),
          DateGranularity.WEEK, true, "last week", "2021-W26");
    }

    public Builder date(LocalDate day) {
      this.date = EventDate.ofArticle(day);
      return this;
    }

    public Builder source(String code, String country) {
      this.source = actor(code, country);
      return this;
    }

    public Builder target(ActorRef target) {
      this.target = target;
      return this;
    }

    public Builder target(String code, String country) {
      return target(actor(code, country));
    }

    public Builder cameo(String cameo, int quadClass, double goldstein) {
      this.cameo = cameo;
      this.quadClass = quadClass;
      this.goldstein = goldstein;
      return this;
    }

    public Builder mode(String mode) {
      this.mode = mode;
      return this;
    }

    public Builder negated(boolean negated) {
      this.negated = negated;
      return this;
    }

    public Builder modality(Modality modality) {
      this.modality = modality;
      return this;
    }

    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    public Builder spans(int[] source, int[] target) {
      this.sourceSpan = source;
      this.targetSpan = target;
      return this;
    }

    public Builder sentence(int index) {
      this.sentenceIndex = index;
      return this;
    }

    public Builder trigger(int... trigger) {
      this.trigger = trigger;
      return this;
    }

    public Builder plover(String type) {
      this.ploverType = type;
      return this;
    }

    public Builder confidence(double confidence) {
      this.confidence = confidence;
      return this;
    }

    public CodedEvent build() {
      return new CodedEvent(articleId, eventId, date, source, target, cameo, cameo.substring(0, 2),
          quadClass, goldstein,
          new Plover(ploverType, mode, mode == null ? List.of() : List.of("military", "security")),
          negated, modality, location,
          new Evidence(sentenceIndex, "The CSTO is ready to help Tajikistan\tif needed.", trigger,
              sourceSpan, targetSpan, "help [+obj]", mode == null ? List.of() : List.of("ready")),
          confidence);
    }
  }
}
