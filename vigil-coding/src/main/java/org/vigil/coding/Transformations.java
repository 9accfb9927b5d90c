package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.VerbTransformation;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;

/**
 * PETRARCH2's transformations (issue 3): the events of a clause governed by another verb become
 * other events ("Obama and Putin said they will attack Iraq" is a claim). Per sentence; not
 * thread-safe.
 */
final class Transformations {
  private final SentenceGraph g;
  private final Mentions mentions;
  private final EventAssembler assembler;
  private final List<VerbTransformation> transformations;

  Transformations(SentenceGraph g, Mentions mentions, EventAssembler assembler, List<VerbTransformation> transformations) {
    this.g = g;
    this.mentions = mentions;
    this.assembler = assembler;
    this.transformations = transformations;
  }

  /** True for an event a transformation made: one per dyad and code, whatever its trigger. */
  static boolean made(CodedEvent e) {
    return e.evidence().pattern().startsWith("~");
  }

  /**
   * PETRARCH2 transformations (issue 3): an event governed by another verb becomes another event
   * ("Obama and Putin said they will attack Iraq" is a claim, "wants to attack" a threat).
   */
  List<CodedEvent> apply(Firing f, List<CodedEvent> events) {
    List<VerbTransformation> rules = transformations;
    int t = f.trigger();
    Dependency h = g.head(t);
    if (rules.isEmpty() || events.isEmpty() || h == null || h.governor() < 0
        || !(h.relation().equals("ccomp") || h.relation().equals("xcomp") || h.relation().startsWith("advcl"))) {
      return events;
    }
    int outer = h.governor();
    boolean ownSubject = !g.childrenExact(t, "nsubj").isEmpty() || !g.childrenExact(t, "nsubj:pass").isEmpty();
    List<Mention> speakers = mentions.resolve(g.childrenExact(outer, "nsubj"), outer);
    Set<String> speakerCodes = new HashSet<>();
    speakers.forEach(m -> speakerCodes.add(m.code()));
    for (VerbTransformation tr : rules) {
      if (speakers.isEmpty() || !names(tr.outerTriggers(), outer)
          || (!tr.innerTriggers().isEmpty() && !names(tr.innerTriggers(), t))) {
        continue;
      }
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : events) {
        String code = tr.code() == null ? e.cameo() : tr.code();
        switch (tr.relation()) {
          case SAME_SOURCE -> {
            if (ownSubject && speakerCodes.contains(e.source().code())) {
              // "Obama and Putin said they will attack": a pronoun subject stands for every speaker.
              boolean pronoun = g.childrenExact(t, "nsubj").stream().anyMatch(x -> g.token(x).isPronoun());
              for (Mention sp : pronoun ? speakers : List.<Mention>of()) {
                out.add(assembler.recoded(e, assembler.ref(sp), e.target(), code, tr.text() + " (" + tr.origin() + ")"));
              }
              if (!pronoun) {
                out.add(assembler.recoded(e, e.source(), e.target(), code, tr.text() + " (" + tr.origin() + ")"));
              }
            }
          }
          case NO_OWN_SOURCE -> {
            if (!ownSubject) {
              out.add(assembler.recoded(e, e.source(), e.target(), code, tr.text() + " (" + tr.origin() + ")"));
            }
          }
          case OTHER_SOURCE -> {
            if (ownSubject && !speakerCodes.contains(e.source().code())) {
              speakers.forEach(sp -> out.add(assembler.recoded(e, assembler.ref(sp), e.source(), code, tr.text() + " (" + tr.origin() + ")")));
            }
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return events;
  }

  private boolean names(Set<String> verbs, int token) {
    return verbs.contains(g.token(token).word().toLowerCase(Locale.ROOT)) || verbs.contains(g.lemma(token));
  }
}
