"""Reading WordNet 3.0's database files (Debian package wordnet-base, /usr/share/wordnet) for the
lexicon builders (scripts/build-*.py): the synsets of a data file, the senses of an index file in
WordNet's order, and the words below a set of root synsets. Imported by the builders; not run alone.
"""


def synsets(path):
    """offset -> (lex file number, [(word, word number)], [(symbol, offset, pos, source, target)])."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split(" | ")[0].split()
            offset, lexfile, n = p[0], int(p[1]), int(p[3], 16)
            words = [(p[4 + 2 * i].lower(), i + 1) for i in range(n)]
            i = 4 + 2 * n
            count = int(p[i])
            ptrs = []
            for k in range(count):
                sym, off, pos, st = p[i + 1 + 4 * k: i + 5 + 4 * k]
                ptrs.append((sym, off, pos, int(st[:2], 16), int(st[2:], 16)))
            out[offset] = (lexfile, words, ptrs)
    return out


def first_senses(path):
    """lemma -> its synset offsets in WordNet's order (most frequent first)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            lemma, synset_cnt, p_cnt = p[0], int(p[2]), int(p[3])
            out[lemma] = p[6 + p_cnt: 6 + p_cnt + synset_cnt]
    return out


def closure(synsets, roots, stop=()):
    """The roots and their hyponyms (troponyms), not entering the synsets of stop."""
    out, todo = set(), list(roots)
    while todo:
        o = todo.pop()
        if o in out or o in stop:
            continue
        out.add(o)
        todo.extend(off for sym, off, pos, s, t in synsets[o][2] if sym == "~")
    return out


def words(synsets, offsets, roots):
    """(word, word number, offset) of the single words of offsets: every word of a synset below the
    roots, only the first word of a root."""
    out = []
    for o in offsets:
        for w, n in synsets[o][1][:1] if o in roots else synsets[o][1]:
            w = w.split("(")[0]
            if "_" not in w:
                out.append((w, n, o))
    return out
