#!/usr/bin/env python3
"""Builds the collectives dictionary (issue 11, round 14): common nouns of people who act together in
conflict reports ("settlers attacked", "herdsmen killed", "vendors demonstrated", "inmates took guards
hostage", "rival tribes agreed to a truce") with the sector each belongs to, from WordNet 3.0 (Debian
package wordnet-base, /usr/share/wordnet). The hand-written sectors.txt lists the frequent ones; this
file adds the rest of their WordNet kinds, so an unnamed group is an actor of its sector, and takes
the country of the place as every sector noun does.

Each sector has root synsets; a word is kept under the first sector (in the order below) one of
whose roots' hyponym closures holds the word's most frequent noun sense (the first of index.noun),
as scripts/build-troops.py does ("house" of kin groups, "ring" of gangs are left out):

  * CVL  "inhabitant, dweller" (villager, inmate, squatter), "settler, colonist", "young person,
         youth", "tribe, folk", "mob, rabble", "rioter"; the words alone (not their hyponyms) of
         "kin group" (clan), "follower" and "disciple, adherent";
  * AGR  "farmer", "herder, herdsman", "fisherman", "nomad";
  * REB  "insurgent, rebel", "guerrilla";
  * UAF  "attacker, assailant", "vigilante", "warrior", "faction, sect"; the words alone of
         "combatant, fighter" (its hyponyms are boxers and wrestlers);
  * CRM  "criminal, felon", "gang", "plunderer, looter";
  * BUS  "merchant" (trader, vendor, peddler), "shopkeeper";
  * EDU  "student, pupil".

Left out: slurs and slang (a usage-domain pointer, or a gloss that says "slur", "disparaging",
"offensive", "slang"), words WordNet also lists as a verb or an adjective ("butcher", "senior",
"tough": their noun reading is not the likely one), words with more than six noun senses
("runner"), kinds of a nationality ("limey" below "Englishman"), words WordNet writes with a
capital (demonyms such as "Parisian" are the country dictionaries' business), multi-word entries,
words sectors.txt lists, and words whose plural it lists under another sector ("gunman": "gunmen"
is UAF there), so each word has one sector.

Usage: scripts/build-collectives.py [WORDNET_DIR] > \
  vigil-coding/src/main/resources/org/vigil/coding/dictionary/builtin/collectives.txt
"""
import os
import re
import sys

from wordnet_reader import closure, first_senses, synsets, words

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
SECTORS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vigil-coding", "src", "main",
                       "resources", "org", "vigil", "coding", "dictionary", "builtin", "sectors.txt")

# sector code, name, root synsets (WordNet 3.0 noun offsets), in priority order
ROOTS = [
    ("CVL", "Civilians", ["09620078", "10583387", "10804406", "08372411", "08184600", "10532058"]),
    ("AGR", "Agriculture", ["10078806", "10171567", "10093658", "10359759"]),
    ("REB", "Rebels", ["10210137", "10150556"]),
    ("UAF", "Unaffiliated armed forces", ["09821253", "10753339", "10768585", "08251877"]),
    ("CRM", "Criminals", ["09977660", "08244062", "10443170"]),
    ("BUS", "Business", ["10309896", "10592152"]),
    ("EDU", "Education", ["10665698"]),
]
# a word with more noun senses is left out ("runner": an athlete, a smuggler, a carpet)
MAX_SENSES = 6
# roots whose own words only are kept, not their hyponyms: "kin group" (clan; its hyponyms are
# lineage, dynasty, pedigree), "follower" and "adherent, disciple" (their hyponyms are sycophants,
# groupies), "combatant, fighter" (its hyponyms are boxers and wrestlers)
ALONE = [
    ("CVL", ["07969695", "10099375", "10016103"]),
    ("UAF", ["09939313"]),
]


def disparaging(path):
    """Synsets whose gloss marks them as a slur or as disparaging slang ("Polack", "yob")."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  ") and re.search(r"\b(slur|disparaging|derogatory|offensive|slang)\b",
                                                      line.split(" | ", 1)[-1]):
                out.add(line.split()[0])
    return out


def capitalised(path):
    """Words WordNet writes with a capital somewhere (demonyms, names), lower-cased, and the
    synsets that hold one."""
    out, offsets = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split(" | ")[0].split()
            for i in range(int(p[3], 16)):
                w = p[4 + 2 * i]
                if w[:1].isupper():
                    out.add(w.split("(")[0].lower())
                    offsets.add(p[0])
    return out, offsets


def listed(path):
    """word -> sector of the nouns and roles sectors.txt lists, lower-cased."""
    out, sector = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"sector\s+([A-Z]{3})", line)
            if m:
                sector = m.group(1)
            m = re.match(r"\s+(noun|role)\s+([^#]+)", line)
            if m:
                out[m.group(2).strip().lower()] = sector
    return out


def plural(w):
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def lemmas(path):
    """The lemmas of an index file (index.verb, index.adj)."""
    with open(path, encoding="utf-8") as f:
        return {line.split()[0] for line in f if not line.startswith("  ")}


def main():
    nouns = synsets(os.path.join(WN, "data.noun"))
    first = first_senses(os.path.join(WN, "index.noun"))
    proper, named = capitalised(os.path.join(WN, "data.noun"))
    senses = {w: len(o) for w, o in first.items()}
    slurs = disparaging(os.path.join(WN, "data.noun"))
    other_pos = lemmas(os.path.join(WN, "index.verb")) | lemmas(os.path.join(WN, "index.adj"))
    taken = listed(SECTORS)
    alone = dict(ALONE)
    seen = set()
    print("# Vigil built-in dictionary: collectives.txt (issue 11, round 14). Generated by")
    print("# scripts/build-collectives.py from WordNet 3.0; do not edit by hand. Common nouns of people")
    print("# who act together, by sector, that sectors.txt does not list. Format: docs/DICTIONARIES.md.")
    for code, name, roots in ROOTS:
        below = closure(nouns, roots) | set(alone.get(code, []))
        found = set()
        for w, n, o in words(nouns, below, set()):
            if (first.get(w, [None])[0] == o and w not in proper and "-" not in w and w not in other_pos
                    and senses[w] <= MAX_SENSES and o not in slurs
                    and not any(sym == "@" and off in named for sym, off, *rest in nouns[o][2]) and not any(sym == ";u" for sym, *rest in nouns[o][2])
                    and taken.get(w, code) == code and taken.get(plural(w), code) == code
                    and w not in taken and w not in seen):
                found.add(w)
        seen |= found
        print()
        print(f"sector {code} {name} (WordNet collectives)")
        for w in sorted(found):
            print(f"  noun {w}")


if __name__ == "__main__":
    main()
