package org.vigil.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Locator;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * Event assembly: a {@link CodedEvent} from a firing, its actors and its derived code, with the
 * evidence, the place (the locator's, else the clause's or the actors' country), the confidence
 * and a stable event id. Per sentence; not thread-safe.
 */
final class EventAssembler {
  /** Prepositions that introduce where a clause happened. */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "into", "across", "near", "inside", "to", "on", "along");

  private final AnnotatedArticle annotated;
  private final Article article;
  private final Sentence sentence;
  private final SentenceGraph g;
  private final ActorResolver actors;
  private final Dictionaries dictionaries;
  private final Locator locator;

  /** @param locator places events with a gazetteer; null to place them by country only */
  EventAssembler(AnnotatedArticle annotated, SentenceGraph g, ActorResolver actors, Dictionaries dictionaries,
      Locator locator) {
    this.annotated = annotated;
    this.article = annotated.article();
    this.sentence = g.sentence;
    this.g = g;
    this.actors = actors;
    this.dictionaries = dictionaries;
    this.locator = locator;
  }

  /**
   * How sure the coder is of an event, from general features of how it was found (see
   * docs/EVALUATION.md, "Confidence calibration"): a target in the trigger's own arguments, a pattern that
   * names words, the trigger's own subject as source raise it; a target reached through a
   * preposition the pattern does not name or found inside another argument, actors matched with
   * a typing error or placed by inference (the sentence's only country, the clause's place), a
   * code the clause's modality changed (future, conditional, refusal) and depth in the parse
   * lower it. Clauses that are background to another event lose more afterwards (see
   * {@code background}).
   */
  private double confidence(Firing f, Mention s, Mention target, String code, boolean directSource, boolean nestedTarget,
      boolean looseTarget) {
    double confidence = 0.45;
    if (target != null) {
      confidence += nestedTarget ? 0.05 : looseTarget ? 0.1 : 0.2;
    }
    confidence += Math.min(0.15, f.pattern().specificity() * 0.05);
    confidence += directSource ? 0.1 : 0.0;
    confidence -= (s.fuzzy() || (target != null && target.fuzzy())) ? 0.1 : 0.0;
    if (inferred(s) || (target != null && inferred(target))) {
      confidence -= 0.1;
    }
    boolean derived = !code.equals(f.pattern().code()) && !code.equals(f.pattern().reverseCode());
    if (derived) {
      // "would prohibit aid" read as a threat, "refused to meet" as a rejection: a reading, not the verb's code.
      confidence -= 0.15;
    }
    // The main clause states the story's event; embedded clauses often report background.
    confidence -= 0.03 * Math.min(3, g.depth(t(f)));
    return Math.max(0.05, Math.min(0.95, confidence));
  }

  private int t(Firing f) {
    return f.trigger();
  }

  /**
   * True for an actor placed by inference rather than named: the sentence's only country, the
   * clause's place, the side it is loyal to.
   */
  private boolean inferred(Mention m) {
    return m.entries().stream().anyMatch(e -> e.startsWith("inferred:") || e.startsWith("place-of-clause:")
        || e.startsWith("loyal-to:"));
  }

  /** Whether events are placed (false for the triage's coder, which runs without places). */
  boolean locates() {
    return locator != null;
  }

  /**
   * The event of source s on target (null for none) that the firing codes; {@code nestedTarget}
   * and {@code looseTarget} say how the target was reached (see {@link Participants.Targets}).
   */
  CodedEvent event(Firing f, Mention s, Mention target, CameoCode cameo, String code, boolean negated,
      Modality modality, List<String> cues, EventDate date, boolean directSource, boolean nestedTarget,
      boolean looseTarget) {
    int t = f.trigger();
    Token trig = g.token(t);
    ActorRef src = ref(s);
    ActorRef tgt = target == null ? null : ref(target);
    Location location = locator == null ? null : locator.locate(annotated, sentence, t, src, tgt);
    int verb = NounEvents.predicate(g, t);
    if (location == null && locator != null && verb >= 0) {
      // "fighting broke out ... in Nyala": the noun event's place hangs on its verb
      location = locator.locate(annotated, sentence, verb, src, tgt);
    }
    int governing = participleHead(g, t);
    if (location == null && locator != null && governing >= 0) {
      // "burned houses in Jos, killing seven": the participle's place is its head's (round 6)
      location = locator.locate(annotated, sentence, governing, src, tgt);
    }
    if (location == null) {
      location = location(t, s, target);
    }
    if ((location == null || "actor".equals(location.from())) && locator != null) {
      Location inherited = locator.context(annotated, sentence, t, !countryless(cameo, src, tgt));
      if (inherited != null && fits(inherited, cameo, src, tgt)) {
        location = inherited;
      }
    }
    if (locator != null) {
      location = visited(location, cameo, src, tgt);
    }
    if (location != null && "text".equals(location.from()) && location.country() != null
        && dictionaries.rules().dialect().readsClauseRoles()) {
      // (PETRARCH's "---" sectors stay unplaced: its dictionaries code them so)
      // a generic actor ("gunmen", "protesters", "police") is of the country where it acted (issue 11)
      src = placed(src, location.country());
      tgt = tgt == null ? null : placed(tgt, location.country());
      if (forceOrProtest(cameo)) {
        // "authorities arrested five people in X": the institutions of where force was used, not of
        // the article's country (round 6)
        src = replaced(src, location.country());
        tgt = tgt == null ? null : replaced(tgt, location.country());
      }
    }
    boolean operating = false;
    if (location != null && location.country() != null && dictionaries.rules().dialect().readsClauseRoles()
        && ("text".equals(location.from()) || "context".equals(location.from()) && forceOrProtest(cameo))) {
      // an armed network of no single home ("Islamic State") is of the country it fights in, as the
      // coders code armed groups (issue 11, round 7): "airstrikes against IS in Syria" are on Syria's IS
      ActorRef s2 = operating(src, location.country());
      ActorRef t2 = tgt == null ? null : operating(tgt, location.country());
      operating = s2 != src || t2 != tgt;
      src = s2;
      tgt = t2;
    }
    if (tgt != null && tgt.country() == null && tgt.entries().contains(GENERIC_TARGET)) {
      // a sector noun alone as target (issue 11, round 5): of the country where it happened, else
      // of the source's (its president, its civilians); with neither, no target
      tgt = genericTarget(tgt, location, src, cameo);
      target = tgt == null ? null : target;
    }
    double confidence = confidence(f, s, target, code, directSource, nestedTarget, looseTarget)
        - (operating ? OPERATING_COST : 0.0);
    Evidence evidence = new Evidence(sentence.index(), sentence.text(),
        new int[] {trig.begin(), trig.end()},
        new int[] {src.begin(), src.end()},
        tgt == null ? null : new int[] {tgt.begin(), tgt.end()},
        f.pattern().text() + " (" + f.pattern().origin() + ")",
        cues);
    String id = eventId(article.id(), sentence.index(), t, src.code(), tgt == null ? "" : tgt.code(), code);
    return new CodedEvent(article.id(), id, date, src, tgt, cameo.code().equals(code) ? code : cameo.code(),
        cameo.root(), cameo.quadClass(), cameo.goldstein(),
        new Plover(cameo.ploverEvent(), cameo.ploverMode(), Contexts.of(sentence, src, tgt)),
        negated, modality, location, evidence, Math.round(confidence * 100) / 100.0);
  }

  /**
   * Where a visit went when its clause names no town: the capital of the host's country (issue 11,
   * round 9: the coders place "Putin visited China" in Beijing). A visit (CAMEO 042) is hosted by
   * its target, a hosting (043) by its source; the host must be a country or its government, and
   * the guest a government (a state visit, not troops arriving). A location the clause gives stays
   * unless it is the host's whole country (then the capital keeps its text and {@code from: text},
   * so the actors are placed as before) or an actor's country, and a scene inherited from another
   * country gives way; otherwise the location is kept.
   */
  private Location visited(Location location, CameoCode cameo, ActorRef source, ActorRef target) {
    boolean visit = cameo.code().equals("042");
    ActorRef host = visit ? target : cameo.code().equals("043") ? source : null;
    ActorRef guest = visit ? source : target;
    if (host == null || guest == null || host.country() == null || host.sector() != null && !host.sector().equals("GOV")
        || !"GOV".equals(guest.sector())) {
      return location;
    }
    boolean text = location != null && "text".equals(location.from());
    boolean open = location == null || "actor".equals(location.from())
        || "context".equals(location.from()) && !host.country().equals(location.country())
        || text && "country".equals(location.feature()) && host.country().equals(location.country());
    Location capital = open ? locator.capital(host.country(), text ? location.text() : host.text()) : null;
    if (capital == null) {
      return location;
    }
    return text ? new Location(capital.name(), capital.feature(), capital.country(), capital.admin1(), capital.lat(),
        capital.lon(), capital.geonamesId(), "text", location.text(), location.confidence()) : capital;
  }

  /** Whether the event is an act of force, coercion or protest (CAMEO 14-20) of sides without a country. */
  private static boolean countryless(CameoCode cameo, ActorRef source, ActorRef target) {
    int root;
    try {
      root = Integer.parseInt(cameo.root());
    } catch (NumberFormatException e) {
      return false;
    }
    return root >= 14 && source.country() == null && (target == null || target.country() == null);
  }

  /**
   * Whether an event may take a place inherited from the article's context: an act of force,
   * coercion or protest (CAMEO 14-20) happens where one of its named sides is, so it takes a
   * scene only in the country of its source or target when either has one ("attacked the
   * village" after "talks in Jeddah" is not in Saudi Arabia); when neither side has a country it
   * takes the scene of the sentences before it but not a place of its own sentence, which the
   * clause locator left to another predicate ("the clashes between the army and the rebels were
   * discussed in Geneva": {@link #countryless}); statements, meetings and the rest take the scene
   * where the story is set.
   */
  private static boolean fits(Location inherited, CameoCode cameo, ActorRef source, ActorRef target) {
    int root;
    try {
      root = Integer.parseInt(cameo.root());
    } catch (NumberFormatException e) {
      return false;
    }
    if (root < 14) {
      return true;
    }
    String sc = source.country();
    String tc = target == null ? null : target.country();
    if (sc == null && tc == null) {
      return true;
    }
    return inherited.country() != null && (inherited.country().equals(sc) || inherited.country().equals(tc));
  }

  /** The entry {@link Participants#genericTargets} marks a sector target with. */
  static final String GENERIC_TARGET = "inferred:generic-target";

  /**
   * A generic target ("civilians", "the president") with the country of the event's place when
   * the text or its context names one, else the source's; null when neither has a country.
   */
  private static ActorRef genericTarget(ActorRef target, Location location, ActorRef source, CameoCode cameo) {
    String country = null;
    String from = null;
    // a scene inherited from sentences before is where force was used, not whom an appeal addressed
    boolean scene = location != null && location.country() != null
        && ("text".equals(location.from()) || "context".equals(location.from()) && forceOrProtest(cameo));
    if (scene) {
      country = location.country();
      from = "place";
    } else if (source.country() != null) {
      country = source.country();
      from = "source";
    }
    if (country == null) {
      return null;
    }
    List<String> entries = new ArrayList<>(target.entries());
    entries.add("generic-target-country:" + from + ":" + country);
    return new ActorRef(country + target.sector(), country, target.sector(), target.name(), target.text(),
        target.begin(), target.end(), target.members(), entries);
  }

  /**
   * The verb a bare participle hangs on ("torched a school, killing a teacher": torched), or -1
   * when t is no participle of a verb.
   */
  static int participleHead(SentenceGraph g, int t) {
    Dependency h = g.head(t);
    if (h == null || h.governor() < 0 || !g.token(t).pos().equals("VBG") || !g.token(h.governor()).isVerb()) {
      return -1;
    }
    return h.relation().equals("dep") || h.relation().equals("advcl") ? h.governor() : -1;
  }

  /** Whether the event is protest, coercion or violence (CAMEO 14-20). */
  private static boolean forceOrProtest(CameoCode cameo) {
    try {
      return Integer.parseInt(cameo.root()) >= 14;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The actor with {@code country} when it is a sector of no country; else as it is. */
  private static ActorRef placed(ActorRef a, String country) {
    if (a.country() != null || a.sector() == null || !a.code().equals("---" + a.sector())) {
      return a;
    }
    List<String> entries = new ArrayList<>(a.entries());
    entries.add("place-country:" + country);
    return new ActorRef(country + a.sector(), country, a.sector(), a.name(), a.text(), a.begin(), a.end(),
        a.members(), entries);
  }

  /** What inferring an armed network's country from the event's place costs the event's confidence. */
  private static final double OPERATING_COST = 0.05;
  /** The entry that marks an armed network's country as inferred from the event's place. */
  static final String OPERATING = "inferred:operating-country:";

  /**
   * An armed network of no single home (CAMEO's {@code IMG} prefix: {@code IMGINSISI}, the Islamic
   * State, whose dictionary entry lists Iraq first) given the country where the event happened,
   * entry {@code inferred:operating-country:XXX}; any other actor as it is.
   */
  static ActorRef operating(ActorRef a, String country) {
    if (!a.code().startsWith("IMG") || country.equals(a.country())) {
      return a;
    }
    List<String> entries = new ArrayList<>(a.entries());
    entries.add(OPERATING + country);
    return new ActorRef(a.code(), country, a.sector(), a.name(), a.text(), a.begin(), a.end(), a.members(), entries);
  }

  /** An institution given the article's country ({@link ArticleParties}), given the place's country instead. */
  private static ActorRef replaced(ActorRef a, String country) {
    if (a.sector() == null || country.equals(a.country())
        || a.entries().stream().noneMatch(e -> e.startsWith(ArticleParties.INFERRED))) {
      return a;
    }
    List<String> entries = new ArrayList<>(a.entries().stream().filter(e -> !e.startsWith(ArticleParties.INFERRED))
        .toList());
    entries.add("place-country:" + country);
    return new ActorRef(country + a.sector(), country, a.sector(), country, a.text(), a.begin(), a.end(),
        a.members(), entries);
  }

  ActorRef ref(Mention m) {
    int b = g.token(m.begin()).begin();
    int e = g.token(m.end() - 1).end();
    return new ActorRef(m.code(), m.country(), m.sector(), m.name(), sentence.span(m.begin(), m.end()), b, e,
        m.members(), m.entries());
  }

  private Location location(int t, Mention source, Mention target) {
    for (Dependency d : g.children(t)) {
      String rel = d.relation();
      if ((rel.startsWith("obl:") || rel.startsWith("nmod:")) && PLACE_PREPOSITIONS.contains(d.subtype())) {
        Mention place = actors.resolve(d.dependent());
        if (place != null && place.country() != null && place.sector() == null) {
          return new Location(place.name(), "country", place.country(), null, null, null, null, "text",
              sentence.span(place.begin(), place.end()), 0.6);
        }
      }
    }
    Mention m = target != null && target.country() != null ? target : source.country() != null ? source : null;
    if (m == null) {
      return null;
    }
    return new Location(countryName(m.country()), "country", m.country(), null, null, null, null, "actor",
        sentence.span(m.begin(), m.end()), 0.3);
  }

  private String countryName(String iso3) {
    var entry = dictionaries.actors().byCode(iso3);
    return entry == null ? iso3 : entry.name();
  }

  /** The event recoded by a transformation or a composition, with the source, target and code given. */
  CodedEvent recoded(CodedEvent e, ActorRef source, ActorRef target, String code, String transformation) {
    CameoCode c = dictionaries.cameo().find(code).orElse(null);
    if (c == null) {
      return e;
    }
    return new CodedEvent(e.articleId(), eventId(article.id(), sentence.index(), e.evidence().trigger()[0], source.code(),
        target == null ? "" : target.code(), code), e.date(), source, target, c.code(), c.root(), c.quadClass(),
        c.goldstein(), new Plover(c.ploverEvent(), c.ploverMode(), e.plover().contexts()), e.negated(), e.modality(),
        e.location(), new Evidence(e.evidence().sentenceIndex(), e.evidence().sentence(), e.evidence().trigger(),
            e.evidence().sourceSpan(), e.evidence().targetSpan(), transformation + " after " + e.evidence().pattern(),
            e.evidence().cues()), e.confidence());
  }

  /**
   * The event with a target the article, not the sentence, gave it (an addressee, the author of an
   * act referred to, the accuser of a denial): the actor with {@code entry} added to its entries,
   * the confidence lowered by {@code cost} (to no less than 0.05), no target span, and the id made
   * anew from {@code position}, the trigger's position as the caller has it (token or character
   * offset: no parse is read here, and the id stays unique).
   */
  static CodedEvent withInferredTarget(CodedEvent e, ActorRef a, String entry, double cost, int position) {
    List<String> entries = new ArrayList<>(a.entries());
    entries.add(entry);
    ActorRef target = new ActorRef(a.code(), a.country(), a.sector(), a.name(), a.text(), a.begin(), a.end(),
        a.members(), entries);
    Evidence ev = e.evidence();
    double confidence = Math.round(Math.max(0.05, e.confidence() - cost) * 100) / 100.0;
    return new CodedEvent(e.articleId(), eventId(e.articleId(), ev.sentenceIndex(), position, e.source().code(),
        a.code(), e.cameo()), e.date(), e.source(), target, e.cameo(), e.cameoRoot(), e.quadClass(), e.goldstein(),
        e.plover(), e.negated(), e.modality(), e.location(), new Evidence(ev.sentenceIndex(), ev.sentence(),
            ev.trigger(), ev.sourceSpan(), null, ev.pattern(), ev.cues()), confidence, e.issues());
  }

  /**
   * {@code e} placed and dated by the clause of {@code verb} where its own clause gave it no place
   * or no date from the text: a protest told in a clause joined to the force's ("riots broke out in
   * X on 23 May; two died when police fired on the crowd", issue 11, round 16).
   */
  CodedEvent toldIn(CodedEvent e, int verb) {
    Location location = e.location();
    if ((location == null || !"text".equals(location.from())) && locator != null) {
      Location there = locator.locate(annotated, sentence, verb, e.source(), e.target());
      location = there != null && "text".equals(there.from()) ? there : location;
    }
    EventDate date = e.date();
    if (date == null || !date.fromText()) {
      EventDate byVerb = SentenceCoder.date(g, verb, article.date());
      date = byVerb.fromText() ? byVerb : date;
    }
    return new CodedEvent(e.articleId(), e.eventId(), date, e.source(), e.target(), e.cameo(), e.cameoRoot(),
        e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(), location, e.evidence(), e.confidence());
  }

  /** The event with its confidence set, bounded to 0.05..0.95 and rounded to two places. */
  CodedEvent withConfidence(CodedEvent e, double confidence) {
    double c = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
    return new CodedEvent(e.articleId(), e.eventId(), e.date(), e.source(), e.target(), e.cameo(), e.cameoRoot(),
        e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(), e.location(), e.evidence(), c);
  }

  /** One SHA-256 digest per thread (issue 5: looking the algorithm up for every event cost more than hashing). */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  static String eventId(String articleId, int sentence, int trigger, String source, String target, String code) {
    MessageDigest md = SHA_256.get();
    // digest() resets it for the next event
    md.update((articleId + "|" + sentence + "|" + trigger + "|" + source + "|" + target + "|" + code)
        .getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest(), 0, 12);
  }
}
