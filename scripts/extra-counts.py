#!/usr/bin/env python3
"""Counts the unmatched predictions ("extras") of `vigil eval --details` on the VOA article gold
(issue 11, round 14), in aggregate only, so that it can read the held-out half without showing any
of it: pipe `./vigil eval ... --split heldout --details` straight into it. Prints counts by
mechanism (the pattern column), PLOVER type, modality, confidence band and what the gold codes in
the extra's sentence; and predictions by type x modality x matched. Never prints a sentence, an
event or an actor."""
import collections
import re
import sys

DATE = re.compile(r' (\d{4}-\d\d-\d\d|null)/(\w+)')


def sentence(desc):
    m = DATE.search(desc)
    rest = desc[m.end():] if m else desc
    i = rest.find(' "')
    return rest[i + 2:-1] if i >= 0 else ''


def mechanism(desc):
    if ' pattern ' not in desc:
        return 'no pattern (article stage)'
    p = desc.split(' pattern ', 1)[1]
    if '(learned:speech' in p:
        return 'speech model'
    if p.startswith('learned '):
        return 'learned finder'
    m = re.search(r'\(rule:([\w-]+)\)', p)
    if m:
        return 'noun reading' if m.group(1).startswith('nominal') else 'speech rule ' + m.group(1)
    if 'builtin/verbs.txt' in p:
        return 'dictionary noun' if '/n' in p.split(' ', 1)[0] else 'dictionary verb'
    return 'other ' + p.split(' ', 1)[0]


def confidence(desc):
    m = re.search(r' conf (\d\.\d\d)', desc)
    return float(m.group(1)) if m else None


def modality(desc):
    m = DATE.search(desc)
    tok = desc[m.end():].split()[0] if m else ''
    return 'asserted' if tok in ('conf', 'pattern') else tok


def band(c):
    if c is None:
        return '-'
    return '<0.5' if c < 0.5 else '0.5-0.6' if c < 0.6 else '0.6-0.7' if c < 0.7 else '0.7-0.8' if c < 0.8 else '>=0.8'


def articles(lines):
    out, cur, section = [], None, None
    for line in lines:
        line = line.rstrip('\n')
        if re.match(r'^\S+ \[article\]', line):
            cur = {'missed': [], 'extra': [], 'matched': []}
            out.append(cur)
            continue
        if cur is None or not line.startswith('  '):
            continue
        body = line[2:]
        for s in ('missed', 'extra', 'matched'):
            if body.startswith(s):
                section, body = s, body[len(s):]
                break
        body = body.strip()
        if body and body != '-':
            cur[section].append(body)
    return out


def main():
    by = collections.defaultdict(collections.Counter)
    total = 0
    for a in articles(sys.stdin):
        coded = collections.defaultdict(set)
        for g in a['missed'] + [d.split('  ~  ')[0] for d in a['matched']]:
            coded[sentence(g)].add(g.split()[0])
        types = {t for ts in coded.values() for t in ts}
        for d in a['matched']:
            p = d.split('  ~  ')[1]
            by['predictions: type / modality / outcome'][(p.split()[0], modality(p), 'matched')] += 1
        for d in a['extra']:
            total += 1
            t, s = d.split()[0], sentence(d)
            where = ('the gold codes that type there' if t in coded.get(s, ()) else
                     'the gold codes another type there' if s in coded else
                     'the gold codes that type elsewhere in the article' if t in types else
                     'the gold codes nothing of that type in the article')
            by['mechanism'][mechanism(d)] += 1
            by['type'][t] += 1
            by['modality'][modality(d)] += 1
            by['confidence'][band(confidence(d))] += 1
            by['sentence'][where] += 1
            by['type / mechanism'][(t, mechanism(d))] += 1
            by['predictions: type / modality / outcome'][(t, modality(d), 'unmatched')] += 1
            for other in sorted(coded.get(s, ())):
                if other != t:
                    by['type / a type the gold codes in the sentence'][(t, other)] += 1
    print('extras', total)
    for k, counts in by.items():
        print('\n' + k)
        for key, n in counts.most_common():
            print(f'  {n:4d}  {key if isinstance(key, str) else " / ".join(key)}')


if __name__ == '__main__':
    main()
