#!/usr/bin/env python3
"""Builds the evaluative lexicon (issue 11, round 11): the adjectives, nouns and verbs that make a
reported statement criticism of an actor ("X said Russia's aggression was illegal"), from a short
list of seed words expanded along WordNet's links (Debian package wordnet-base, /usr/share/wordnet).

Expansion, each step from the most frequent sense of a word only (so "black" or "hot", satellites
of "illegal" in a rare sense, are not taken):
  * adjectives: the seed's synonyms; the satellites of its head synset (similar-to) whose own most
    frequent sense is that satellite; the antonyms of the positive seeds ("legal" -> "illegal",
    "just" -> "unjust", "responsible" -> "irresponsible") and their satellites, filtered the same way;
  * nouns: the seed nouns' synonyms, and the nouns derivationally related to a lexicon adjective
    ("illegal" -> "illegality", "cruel" -> "cruelty") whose most frequent sense is an attribute,
    an act or a state (a morphological derivation: the same first three letters, once a negative
    prefix is set aside);
  * verbs: the seed verbs' synonyms in their most frequent sense, when it is a verb of communication.
Single words only; words of another class the coder reads otherwise are left to it. The seeds are
the words of the lexicon rounds 3-8 wrote from general knowledge (no corpus).

Usage: scripts/build-evaluative.py [WORDNET_DIR] > \
  vigil-coding/src/main/resources/org/vigil/coding/evaluative.txt
"""
import os
import re
import sys

from wordnet_reader import first_senses, synsets

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"

# Negative judgements of an actor or its act.
SEED_ADJECTIVES = """illegal unlawful illegitimate unconstitutional unacceptable outrageous irresponsible reckless
provocative hostile abusive aggressive barbaric barbarous brutal cruel heinous criminal corrupt unjust
unjustified unjustifiable unfair baseless groundless false dishonest deceitful hypocritical shameful
disgraceful deplorable despicable appalling inhumane arbitrary authoritarian dictatorial repressive
oppressive tyrannical destabilizing destabilising discriminatory racist genocidal disappointing
deceptive fraudulent rogue lawless""".split()
# Positive judgements whose WordNet antonyms are negative ones.
POSITIVE_ADJECTIVES = """legal lawful legitimate constitutional just fair honest responsible acceptable humane
moral ethical democratic justified""".split()
SEED_NOUNS = """aggression aggressor violation abuse atrocity crime provocation interference meddling disregard
affront bullying intimidation coercion blackmail lie propaganda hypocrisy injustice oppression repression
persecution corruption fraud sabotage betrayal discrimination exploitation disrespect contempt hostility
lawlessness brutality tyranny dictatorship""".split()
SEED_VERBS = """undermine bully oppress persecute repress exploit mislead deceive destabilize destabilise weaponize
weaponise sabotage betray""".split()
# noun.attribute, noun.act, noun.state: what a judged actor has or does
NOUN_FILES = {7, 4, 26}
# verb.communication: wrongs done in words (verb.social holds "crush", "subdue": force)
VERB_FILES = {32}
NEGATIVE_PREFIX = re.compile(r"^(un|in|im|il|ir|dis|mis)")


def clean(word):
    """A WordNet word without its syntactic marker ("elect(ip)") or None for a phrase."""
    w = re.sub(r"\(.*\)$", "", word)
    return w if re.fullmatch(r"[a-z][a-z-]*", w) else None


def first(index, lemma):
    senses = index.get(lemma)
    return senses[0] if senses else None


def stem(word):
    return NEGATIVE_PREFIX.sub("", word)[:3]


def main():
    adj = synsets(os.path.join(WN, "data.adj"))
    noun = synsets(os.path.join(WN, "data.noun"))
    verb = synsets(os.path.join(WN, "data.verb"))
    adj_index = first_senses(os.path.join(WN, "index.adj"))
    noun_index = first_senses(os.path.join(WN, "index.noun"))
    verb_index = first_senses(os.path.join(WN, "index.verb"))

    def own_first(offset, words, index):
        """The words of a synset whose most frequent sense it is."""
        return {clean(w) for w, _ in words if clean(w) and first(index, clean(w)) == offset}

    def cluster(offset):
        """A synset's words and, for a head adjective, its satellites', each in its first sense."""
        out = own_first(offset, adj[offset][1], adj_index)
        for sym, off, pos, _, _ in adj[offset][2]:
            if sym == "&" and off in adj and not any(p[0] == "<" for p in adj[off][2]):
                out |= own_first(off, adj[off][1], adj_index)
        return out

    adjectives = set(SEED_ADJECTIVES)
    for w in SEED_ADJECTIVES:
        offset = first(adj_index, w)
        if offset:
            adjectives |= own_first(offset, adj[offset][1], adj_index)
    for w in POSITIVE_ADJECTIVES:
        offset = first(adj_index, w)
        if not offset:
            continue
        number = next((n for x, n in adj[offset][1] if clean(x) == w), None)
        for sym, off, pos, source, target in adj[offset][2]:
            if sym == "!" and source == number and off in adj:
                antonym = clean(adj[off][1][target - 1][0])
                if antonym and first(adj_index, antonym) == off:
                    adjectives |= cluster(off)

    nouns = set(SEED_NOUNS)
    for w in SEED_NOUNS:
        offset = first(noun_index, w)
        if offset and noun[offset][0] in NOUN_FILES:
            nouns |= own_first(offset, noun[offset][1], noun_index)
    for w in sorted(adjectives):
        offset = first(adj_index, w)
        if not offset:
            continue
        number = next((n for x, n in adj[offset][1] if clean(x) == w), None)
        for sym, off, pos, source, target in adj[offset][2]:
            if sym != "+" or pos != "n" or source != number or off not in noun:
                continue
            n = clean(noun[off][1][target - 1][0])
            if n and first(noun_index, n) == off and noun[off][0] in NOUN_FILES and stem(n) == stem(w):
                nouns.add(n)

    verbs = set(SEED_VERBS)
    for w in SEED_VERBS:
        offset = first(verb_index, w)
        if offset and verb[offset][0] in VERB_FILES:
            verbs |= own_first(offset, verb[offset][1], verb_index)

    print("# Negative evaluations of an actor or of what an actor did (issue 11, rounds 3 and 11): the words")
    print("# that make a reported statement criticism (CAMEO 111, PLOVER ACCUSE) when a speaker says them")
    print("# about a named actor (\"X said Russia's aggression was illegal\"). Generated by")
    print("# scripts/build-evaluative.py from its seed words and WordNet 3.0's similar-to, antonym and")
    print("# derivation links; do not edit by hand. One class and its lemmas per line: `adjective` lines")
    print("# match adjectives (JJ*), `noun` nouns (NN*), `verb` verbs (VB*). A word that has its own verb")
    print("# pattern in verbs.txt codes by that pattern instead (the stage skips a token that fired).")
    for cls, words in (("adjective", adjectives), ("noun", nouns), ("verb", verbs)):
        words = sorted(words)
        for i in range(0, len(words), 12):
            print(cls, " ".join(words[i:i + 12]))


if __name__ == "__main__":
    main()
