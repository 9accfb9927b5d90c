package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.Locator;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;

/**
 * Codes events over the dependency parse with Vigil's dictionaries: a verb pattern fires on a
 * trigger lemma whose dependents satisfy its constraints; the source comes from the subject
 * (controlled subject, passive agent, or the subject of the governing clause), the target from the
 * object, indirect object or a prepositional argument; compound actors give one event each;
 * negation and modality are kept; the date comes from the clause's own time expression. The
 * dictionaries' {@link CodingRules} (and their {@link org.vigil.coding.dictionary.Dialect}) decide
 * where PETRARCH dictionaries are coded as PETRARCH would. Each sentence goes through the stages
 * of {@code SentenceCoder}.
 *
 * <p>Thread-safe: holds only immutable dictionaries (and the locator, which must be thread-safe).
 */
public final class DictionaryEventCoder implements EventCoder {
  private final Dictionaries dictionaries;
  private final Locator locator;
  private final TriggerMatcher triggers;
  private final CodeDerivation derivation;
  /** What the learned model may add (issue 11, round 9); null for nothing. */
  private final ClauseTyper.Uses learned;

  /** A coder that places events only by country (the place's or the actors'). */
  public DictionaryEventCoder(Dictionaries dictionaries) {
    this(dictionaries, null);
  }

  /**
   * A coder that places events with the locator (a gazetteer), falling back to country-level
   * placing where it finds nothing.
   */
  public DictionaryEventCoder(Dictionaries dictionaries, Locator locator) {
    this(dictionaries, locator, null);
  }

  /**
   * As above, with the learned model's events where the patterns coded nothing ({@link
   * LearnedClauses}; only with dictionaries of Vigil's dialect that infer modality); {@code
   * learned} null for none.
   */
  public DictionaryEventCoder(Dictionaries dictionaries, Locator locator, ClauseTyper.Uses learned) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    this.triggers = new TriggerMatcher(dictionaries);
    this.derivation = new CodeDerivation(dictionaries);
    this.locator = locator;
    CodingRules rules = dictionaries.rules();
    this.learned = rules.dialect().readsClauseRoles() && rules.inferModality() ? learned : null;
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  @Override
  public List<CodedEvent> code(AnnotatedArticle annotated) {
    List<CodedEvent> events = new ArrayList<>();
    Mention previousSubject = null;
    CodingRules rules = dictionaries.rules();
    DefiniteReferences references = rules.dialect().readsDefiniteReferences() ? new DefiniteReferences(code ->
        dictionaries.actors().byCode(code) instanceof org.vigil.coding.dictionary.ActorEntry.Organisation o ? o.kind() : null)
        : null;
    People people = rules.dialect().readsDefiniteReferences() ? new People() : null;
    ArticleParties parties = rules.dialect().readsDefiniteReferences() ? new ArticleParties() : null;
    // Discards come with PETRARCH dictionaries (issue 3): a story phrase stops the article, a sentence phrase the sentence.
    if (annotated.sentences().stream().anyMatch(s -> PatternRules.discarded(s, rules.storyDiscards()))) {
      return events;
    }
    if (parties != null) {
      // the article's parties, counted over all of it before any sentence is coded (round 6)
      for (Sentence sentence : annotated.sentences()) {
        if (!Teasers.isTeaser(sentence.tokens())) {
          parties.remember(SentenceCoder.namedActors(dictionaries, annotated, sentence));
        }
      }
    }
    List<Asked> asked = new ArrayList<>();
    List<LearnedSpeech.Candidate> spoken = new ArrayList<>();
    // where each sentence stops on its way to the speech model, when its logger asks (round 16)
    List<LearnedSpeech.Traced> traced = learned != null && learned.speech() != null && LearnedSpeech.tracing()
        ? new ArrayList<>() : null;
    // a quotation that runs on over sentences keeps the speaker it was attributed to (round 11)
    boolean quoteOpen = false;
    Quotes.Speaker quoteSpeaker = null;
    for (Sentence sentence : annotated.sentences()) {
      boolean open = quoteOpen;
      quoteOpen = Quotes.openAtEnd(sentence.tokens(), open);
      boolean unparsed = sentence.dependencies().isEmpty();
      boolean allQuoted = Quotes.allQuoted(sentence.tokens(), open);
      boolean runOn = quoteSpeaker != null && (allQuoted
          || unparsed && Quotes.sameSpeaker(sentence.tokens(), open, quoteSpeaker));
      if (!runOn) {
        quoteSpeaker = null;
      }
      if (unparsed || PatternRules.discarded(sentence, rules.sentenceDiscards())) {
        if (traced != null) {
          traced.add(new LearnedSpeech.Traced(sentence, unparsed ? LearnedSpeech.Gate.UNPARSED : LearnedSpeech.Gate.SKIPPED));
        }
        if (references != null) {
          // an unparsed sentence names actors too ("ECOWAS held a summit"): later descriptions may mean them
          SentenceCoder skipped = new SentenceCoder(dictionaries, triggers, derivation, locator, annotated, sentence,
              previousSubject, null, people, parties);
          references.remember(skipped.namedActors());
          // and people, by their titles ("former Turkish ambassador X"), for their surnames and pronouns later (round 12)
          skipped.rememberUnparsedPeople();
          skipped.sawPeople();
        }
        continue;
      }
      if (Teasers.isTeaser(sentence.tokens())) {
        if (traced != null) {
          traced.add(new LearnedSpeech.Traced(sentence, LearnedSpeech.Gate.SKIPPED));
        }
        if (people != null) {
          people.skip();
        }
        continue; // a link to another article: its news is not this article's
      }
      SentenceCoder sc = new SentenceCoder(dictionaries, triggers, derivation, locator, annotated, sentence,
          previousSubject, references, people, parties);
      Mention firstSubject = sc.firstSubject();
      sc.quoted(open, runOn && allQuoted ? quoteSpeaker.mention() : null);
      List<CodedEvent> coded = sc.code();
      Quotes.Speaker attributed = sc.quoteAttribution();
      if (attributed != null) {
        quoteSpeaker = attributed;
      }
      if (learned != null) {
        LearnedClauses lc = sc.learned();
        for (LearnedClauses.Candidate c : lc.candidates(coded, learned.net(), learned.find())) {
          asked.add(new Asked(lc, c, sentence.index()));
        }
        LearnedSpeech speech = learned.speech() == null ? null : sc.speech();
        LearnedSpeech.Reach reach = speech == null ? null : speech.reach(coded);
        if (reach != null && reach.candidate() != null) {
          spoken.add(reach.candidate());
        }
        if (traced != null && reach != null) {
          traced.add(new LearnedSpeech.Traced(sentence, reach.gate()));
        }
      }
      if (!coded.isEmpty() && !rules.issueTags().isEmpty()) {
        // PETRARCH's issues: every event of the sentence carries the sentence's issue codes (issue 3).
        List<String> issues = rules.issueTags().find(sentence.tokens().stream().map(t -> t.word()).toList(),
            sentence.tokens().stream().map(t -> t.pos()).toList());
        coded = coded.stream().map(e -> e.withIssues(issues)).toList();
      }
      events.addAll(coded);
      sc.rememberPeople();
      sc.sawPeople();
      if (references != null) {
        references.remember(sc.namedActors());
      }
      if (firstSubject != null) {
        previousSubject = firstSubject;
      }
    }
    if (!asked.isEmpty()) {
      events = withLearned(events, asked);
    }
    if (!spoken.isEmpty()) {
      events = withSpeech(events, spoken);
    }
    if (traced != null) {
      LearnedSpeech.log(annotated.article().id(), traced, learned.speech());
    }
    if (rules.dialect().readsClauseRoles()) {
      // "supported the call", "rejected the arrest warrant": the author of an act reported before
      // (round 7); a sentence without a time of its own that continues an episode the story dated
      // (issue 11, round 5), or a statement whose attribution in the next sentence dates it (round 7)
      events = ActReferences.apply(events, annotated);
      // "Beijing denies the allegations": a denial of a charge is aimed at who made it (round 13)
      events = Denials.apply(events, annotated);
      // "Beijing rejected the arbitral ruling": a rejected document is aimed at who issued it (round 14)
      events = Issuers.apply(events, annotated, dictionaries);
      // "Ukraine said it was ready to sign": an offer or refusal with no one named is addressed to
      // the other side of the dyad the article is about (round 8)
      events = ArticleDyads.apply(events, annotated, dictionaries);
      List<CodedEvent> narrated = NarrativeDates.apply(events, annotated.sentences(), annotated.article().date());
      return Attributions.apply(narrated, annotated.sentences(), annotated.article().date());
    }
    return events;
  }

  /**
   * The events and the speech model's, in sentence order: the article's sentences of reported
   * speech that coded nothing are asked in one batch (issue 11, round 13).
   */
  private List<CodedEvent> withSpeech(List<CodedEvent> events, List<LearnedSpeech.Candidate> spoken) {
    List<Map<String, Double>> types = learned.speech().types(spoken.stream()
        .map(c -> new ClauseTyper.Clause(c.speech().text(), "")).toList());
    List<CodedEvent> out = new ArrayList<>(events);
    for (int i = 0; i < spoken.size(); i++) {
      LearnedSpeech.Candidate c = spoken.get(i);
      out.addAll(c.speech().events(c, types.get(i).getOrDefault("ACCUSE", 0.0)));
    }
    if (out.size() == events.size()) {
      return events;
    }
    out.sort(java.util.Comparator.comparingInt(e -> e.evidence().sentenceIndex())); // stable: the patterns' first
    return out;
  }

  /** A clause the model is asked about, with the sentence's stages that make its events. */
  private record Asked(LearnedClauses clauses, LearnedClauses.Candidate candidate, int sentence) {}

  /**
   * The events and the learned model's, in sentence order: the article's clauses are typed in
   * one batch; the net's best word of a sentence and each clause the finder is sure of code.
   */
  private List<CodedEvent> withLearned(List<CodedEvent> events, List<Asked> asked) {
    List<Map<String, Double>> types = learned.typer().types(asked.stream().map(a -> a.candidate().clause()).toList());
    Map<Integer, Integer> net = new HashMap<>(); // sentence -> its best net word
    Map<Integer, String> netType = new HashMap<>();
    Map<Integer, List<CodedEvent>> found = new TreeMap<>();
    for (int i = 0; i < asked.size(); i++) {
      Asked a = asked.get(i);
      Map<String, Double> p = types.get(i);
      if (a.candidate().net()) {
        for (String type : List.of("ASSAULT", "PROTEST")) {
          double v = p.getOrDefault(type, 0.0);
          Integer b = net.get(a.sentence());
          if (v >= LearnedClauses.NET_AT_LEAST && (b == null || v > types.get(b).get(netType.get(a.sentence())))) {
            net.put(a.sentence(), i);
            netType.put(a.sentence(), type);
          }
        }
        continue;
      }
      String best = null;
      for (Map.Entry<String, Double> e : p.entrySet()) {
        if (best == null || e.getValue() > p.get(best)) {
          best = e.getKey();
        }
      }
      if (best != null && !best.equals(ClauseTyper.NONE) && p.get(best) >= LearnedClauses.FIND_AT_LEAST) {
        found.computeIfAbsent(a.sentence(), k -> new ArrayList<>())
            .addAll(a.clauses().events(a.candidate(), best, p.get(best)));
      }
    }
    for (Map.Entry<Integer, Integer> e : net.entrySet()) {
      Asked a = asked.get(e.getValue());
      String type = netType.get(e.getKey());
      found.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
          .addAll(a.clauses().events(a.candidate(), type, types.get(e.getValue()).get(type)));
    }
    if (found.values().stream().allMatch(List::isEmpty)) {
      return events;
    }
    List<CodedEvent> out = new ArrayList<>(events);
    found.values().forEach(out::addAll);
    out.sort(java.util.Comparator.comparingInt(e -> e.evidence().sentenceIndex())); // stable: the patterns' first
    return out;
  }
}
