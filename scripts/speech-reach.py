#!/usr/bin/env python3
"""Where the dev misses of ACCUSE and REQUEST stop on their way to the speech model (issue 11, round 16).

Reads a `vigil eval --split dev --details` output and the coder's `speech-reach` log lines (the
DEBUG log of org.vigil.coding.LearnedSpeech: `vigil code` of the same articles with
VIGIL_JAVA_OPTS="-Djava.util.logging.config.file=FILE", FILE setting that logger and the console
handler to FINE) and prints, per gate, how many missed ACCUSE and REQUEST events stop there, and
the model's ACCUSE / REQUEST probabilities of those sentences by band. Counts only; a missed
event's sentence is found by its words among the article's sentences. Dev only: held-out details
are never read.

usage: scripts/speech-reach.py DETAILS TRACE_LOG [--list]
"""
import re
import sys
from collections import Counter, defaultdict

TYPES = ("ACCUSE", "REQUEST")
BANDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def misses(path):
    """(article, type, sentence) of every missed ACCUSE or REQUEST event."""
    out, article, label = [], None, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\d+) \[article\]", line)
        if m:
            article, label = m.group(1), None
            continue
        m = re.match(r"^  (missed|extra|matched)\s+(.*)$", line)
        if m:
            label, rest = m.group(1), m.group(2)
        elif label and line.startswith("             "):
            rest = line.strip()
        else:
            label = None
            continue
        if label != "missed" or article is None:
            continue
        t = rest.split(" ", 1)[0]
        q = rest.find(' "', rest.find(" -> "))
        if t in TYPES and q > 0:
            out.append((article, t, rest[q + 2:].rstrip().rstrip('"')))
    return out


def traces(path):
    """article -> sentence -> (gate, accuse, request, text); the coder's last run wins."""
    out = defaultdict(dict)
    for line in open(path, encoding="utf-8"):
        i = line.find("speech-reach\t")
        if i < 0:
            continue
        _, article, sentence, gate, accuse, request, text = line[i:].rstrip("\n").split("\t", 6)
        out[article][int(sentence)] = (gate, float(accuse), float(request), text)
    return out


def band(p):
    return max(b for b in BANDS if p >= b - 1e-9)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    listing = "--list" in sys.argv
    trace = traces(sys.argv[2])
    gates = Counter()
    sentences = defaultdict(set)
    scores = {t: defaultdict(Counter) for t in TYPES}
    unmatched = 0
    for article, t, sentence in misses(sys.argv[1]):
        want = words(sentence)
        best, score = None, 0.0
        for s in trace.get(article, {}).values():
            have = words(s[3])
            overlap = len(want & have) / max(1, len(want | have))
            if overlap > score:
                best, score = s, overlap
        if best is None or score < 0.5:
            unmatched += 1
            continue
        gate, accuse, request, text = best
        gates[(gate, t)] += 1
        sentences[(gate, t)].add((article, text))
        scores[t][gate][band(accuse if t == "ACCUSE" else request)] += 1
        if listing:
            print(f"{article}\t{t}\t{gate}\t{accuse:.2f}\t{request:.2f}\t{text[:160]}")
    print("gate\tACCUSE events (sentences)\tREQUEST events (sentences)")
    for gate in sorted({g for g, _ in gates}, key=lambda g: -sum(gates[(g, t)] for t in TYPES)):
        print(gate + "".join(f"\t{gates[(gate, t)]} ({len(sentences[(gate, t)])})" for t in TYPES))
    print(f"(no sentence found: {unmatched})")
    for t in TYPES:
        print(f"\n{t}: the model's {t} probability of the missed events' sentences, by gate and band (>=)")
        print("gate\t" + "\t".join(f"{b:.1f}" for b in BANDS))
        for gate, c in sorted(scores[t].items()):
            print(gate + "\t" + "\t".join(str(c[b]) for b in BANDS))


if __name__ == "__main__":
    main()
