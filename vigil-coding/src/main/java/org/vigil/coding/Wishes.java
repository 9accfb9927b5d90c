package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Appeals worded as wishes (issue 11, round 4): news reports many requests as what the speaker
 * hopes or wants another actor to do ("she hopes the United States can work to secure his
 * release", "I'm hoping the administration will reach out to Moscow", "we want Kenya to reopen
 * the border", "I would like to see China live up to its responsibility"). A verb of wishing
 * ({@link #WISHING}) whose wished clause has another named actor as its subject (or, for "want"
 * and "like to see", as the one who is to act) makes an appeal, CAMEO 020 (PLOVER REQUEST),
 * speaker to that actor.
 *
 * <p>The speaker is the wishing verb's subject; a first-person subject inside a quote is the quote's
 * speaker ("“I'm hoping ...,” X told VOA"). Nothing is coded when the wished-for actor is a pronoun
 * or the speaker itself, when the wish is negated, conditional or asked, or when the wished clause
 * has no actor of its own ("hopes to resolve", "hopes the talks will succeed"). Per sentence; not
 * thread-safe.
 */
final class Wishes {
  /** Verbs of wishing whose clause is what the speaker would have another actor do. */
  static final Set<String> WISHING = Set.of("hope", "wish", "want", "like");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final String CODE = "020";

  private final SentenceGraph g;
  private final SentenceScope scope;

  Wishes(SentenceScope scope) {
    this.scope = scope;
    this.g = scope.g();
  }

  /** The appeals of the sentence that {@code coded} (the sentence's other events) lacks. */
  List<CodedEvent> code(List<CodedEvent> coded) {
    CameoCode cameo = scope.statedCode(CODE).orElse(null);
    if (cameo == null) {
      return List.of();
    }
    Set<String> dyads = new HashSet<>();
    for (CodedEvent e : coded) {
      if (e.target() != null && e.cameoRoot().equals("02")) {
        dyads.add(e.source().code() + ">" + e.target().code());
      }
    }
    List<CodedEvent> out = new ArrayList<>();
    for (int w = 0; w < g.size(); w++) {
      String lemma = g.lemma(w).toLowerCase(Locale.ROOT);
      if (!g.token(w).isVerb() || !WISHING.contains(lemma)) {
        continue;
      }
      if (lemma.equals("like") && !conditionalLike(w)) {
        // only "would like (to see)": "like" alone is a preference, not an appeal
        continue;
      }
      List<String> cues = new ArrayList<>();
      if (Modalities.negated(g, w, cues) || Modalities.modality(g, w, cues) == Modality.CONDITIONAL) {
        continue;
      }
      List<Integer> wished = wishedActors(w);
      wished.removeIf(x -> g.token(x).isPronoun());
      if (wished.isEmpty()) {
        continue;
      }
      List<Mention> speakers = scope.mentions().resolve(speakerTokens(w), w);
      List<Mention> targets = scope.mentions().resolve(wished, w);
      VerbPattern rule = new VerbPattern(CODE, Set.of(lemma), VerbPattern.TriggerPos.VERB, List.of(), null,
          "<speaker> " + lemma + " <target> ...", "rule:wish");
      Firing f = new Firing(w, rule, List.of(), List.of());
      EventDate date = EventDates.date(g, w, scope.articleDate());
      for (Mention s : speakers) {
        for (Mention t : targets) {
          if (s.code().equals(t.code()) || !dyads.add(s.code() + ">" + t.code())) {
            continue;
          }
          out.add(scope.assembler().event(f, s, t, cameo, CODE, false, Modality.ASSERTED, List.of(g.token(w).word()),
              date, true, false, true));
        }
      }
    }
    return out;
  }

  /**
   * Whether the tagged tokens may hold such a wish (for the triage, which sees no parse): a verb
   * of wishing.
   */
  static boolean mayWish(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isVerb() && WISHING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "would like": the conditional of politeness. */
  private boolean conditionalLike(int w) {
    for (int aux : g.childrenExact(w, "aux")) {
      String a = g.token(aux).word().toLowerCase(Locale.ROOT);
      if (a.equals("would") || a.equals("'d")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who is to act: the subject of the wished clause ("hopes [that] X will", "wants X to", parsed
   * with X as the object or the complement's subject), and for "like to see X do" the one seen.
   */
  private List<Integer> wishedActors(int w) {
    List<Integer> out = new ArrayList<>();
    for (int c : g.childrenExact(w, "ccomp")) {
      out.addAll(g.childrenExact(c, "nsubj"));
    }
    String lemma = g.lemma(w).toLowerCase(Locale.ROOT);
    if (lemma.equals("hope") && out.isEmpty()) {
      // "I'm hoping the administration will start ...", often parsed with the actor as the object
      out.addAll(g.childrenExact(w, "obj"));
    }
    if (lemma.equals("want") || lemma.equals("like") || lemma.equals("wish")) {
      for (int x : g.childrenExact(w, "xcomp")) {
        if (!g.childrenExact(w, "obj").isEmpty()) {
          // "wants Kenya to reopen": the object is the one who is to act
          out.addAll(g.childrenExact(w, "obj"));
        }
        for (Dependency d : g.children(x)) {
          if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj") && !isSubjectOf(d.dependent(), w)) {
            out.add(d.dependent());
          }
        }
        if (g.lemma(x).equals("see")) {
          // "would like to see China live up to ...": the one seen acting
          out.addAll(g.childrenExact(x, "obj"));
          for (int c : g.childrenExact(x, "ccomp")) {
            out.addAll(g.childrenExact(c, "nsubj"));
          }
          for (int c : g.childrenExact(x, "xcomp")) {
            out.addAll(g.childrenExact(c, "nsubj"));
          }
        }
      }
    }
    java.util.Set<Integer> all = new java.util.LinkedHashSet<>(out);
    for (int x : out) {
      for (Dependency d : g.children(x)) {
        if (d.relation().equals("conj") || d.relation().startsWith("conj:")) {
          all.add(d.dependent());
        }
      }
    }
    return new ArrayList<>(all);
  }

  private boolean isSubjectOf(int token, int verb) {
    return g.childrenExact(verb, "nsubj").contains(token);
  }

  /**
   * Who wishes: the verb's subject; a first-person subject inside a quote is the speaker the quote
   * is attributed to ("“I'm hoping ...,” X told VOA"), and a subject-less participle's the subject
   * of its clause.
   */
  private List<Integer> speakerTokens(int w) {
    List<Integer> own = g.childrenExact(w, "nsubj");
    boolean firstPerson = own.isEmpty()
        || own.stream().allMatch(x -> FIRST_PERSON.contains(g.token(x).word().toLowerCase(Locale.ROOT)));
    if (!firstPerson) {
      return own;
    }
    int root = w;
    for (int step = 0; step < 6; step++) {
      Dependency h = g.head(root);
      if (h == null || h.governor() < 0) {
        break;
      }
      if ((h.relation().equals("ccomp") || h.relation().equals("dep") || h.relation().equals("parataxis"))
          && Evaluations.SAYING.contains(g.lemma(h.governor()))) {
        // "the senator said we want Kenya to ...": we are the speaker's side
        return g.childrenExact(h.governor(), "nsubj");
      }
      root = h.governor();
    }
    for (Dependency d : g.children(root)) {
      if (d.relation().equals("parataxis") && Evaluations.SAYING.contains(g.lemma(d.dependent()))) {
        return g.childrenExact(d.dependent(), "nsubj");
      }
    }
    return own;
  }
}
