package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * The events a speaker's words make of one sentence, for the stages that read what someone says
 * rather than what a verb does: {@link Evaluations} (criticism in the speaker's words, 111) and
 * {@link Allegations} (a wrong alleged of another side, 112). One event per speaker and target of
 * another side, each dyad once a sentence, asserted and dated by the verb of saying; both stages
 * also find the speaker the same way ({@link #speakerTokens}).
 */
final class SpeakerEvents {

  private final SentenceGraph g;
  private final EventAssembler assembler;
  private final CameoCode cameo;
  private final String code;
  private final LocalDate articleDate;
  private final Set<String> dyads = new HashSet<>();
  private final List<CodedEvent> events = new ArrayList<>();

  SpeakerEvents(SentenceGraph g, EventAssembler assembler, CameoCode cameo, String code, LocalDate articleDate) {
    this.g = Objects.requireNonNull(g, "g");
    this.assembler = Objects.requireNonNull(assembler, "assembler");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.code = Objects.requireNonNull(code, "code");
    this.articleDate = articleDate;
  }

  /**
   * Adds an event from each speaker to each target of another side ({@link Evaluations#sameSide})
   * whose dyad this sentence has not coded yet.
   *
   * @param saying the verb of saying, which dates the events
   * @param trigger the word that carries the evaluation or the wrong
   * @param role how the pattern names the target in its text ("target", "wrongdoer")
   * @param source the rule's name in the pattern ("rule:evaluative-speech")
   */
  void add(int saying, int trigger, String role, String source, List<Mention> speakers, List<Mention> targets) {
    for (Mention speaker : speakers) {
      for (Mention target : targets) {
        if (Evaluations.sameSide(speaker, target) || !dyads.add(speaker.code() + ">" + target.code())) {
          continue;
        }
        VerbPattern rule = new VerbPattern(code, Set.of(g.lemma(trigger)), triggerPos(g, trigger), List.of(), null,
            "<speaker> " + g.lemma(saying) + " ... <" + role + "> " + g.lemma(trigger), source);
        Firing f = new Firing(trigger, rule, List.of(), List.of());
        EventDate date = EventDates.date(g, saying, articleDate);
        events.add(assembler.event(f, speaker, target, cameo, code, false, Modality.ASSERTED,
            List.of(g.token(trigger).word()), date, true, false, true));
      }
    }
  }

  /** The events added, in order. */
  List<CodedEvent> events() {
    return events;
  }

  /**
   * Who says: the subject of the verb of saying, or for a participle without one the subject of
   * the clause it hangs on ("the mission criticized it, saying that ...").
   */
  static List<Integer> speakerTokens(SentenceGraph g, int s) {
    List<Integer> own = g.childrenExact(s, "nsubj");
    Dependency h = g.head(s);
    if (own.isEmpty() && g.token(s).pos().equals("VBG") && h != null && h.governor() >= 0
        && (h.relation().startsWith("advcl") || h.relation().equals("xcomp"))) {
      return g.childrenExact(h.governor(), "nsubj");
    }
    return own;
  }

  /** The part of speech of a rule's trigger word, for its pattern. */
  static VerbPattern.TriggerPos triggerPos(SentenceGraph g, int e) {
    Token t = g.token(e);
    return t.isNoun() ? VerbPattern.TriggerPos.NOUN : t.isAdjective() ? VerbPattern.TriggerPos.ADJECTIVE
        : VerbPattern.TriggerPos.VERB;
  }

  /**
   * Whether the reported word is denied (a negation on it or on a head up to the content clause,
   * at most four steps) or conditional ("if they attacked"), so the speaker claims nothing.
   */
  static boolean negatedOrConditional(SentenceGraph g, int e, int content) {
    List<String> cues = new ArrayList<>();
    int cur = e;
    for (int step = 0; step < 4 && cur >= 0; step++) {
      if (Modalities.negated(g, cur, cues)) {
        return true;
      }
      if (cur == content) {
        break;
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      cur = h.governor();
    }
    return Modalities.modality(g, e, cues) == Modality.CONDITIONAL
        || Modalities.modality(g, content, cues) == Modality.CONDITIONAL;
  }
}
