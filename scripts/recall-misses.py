#!/usr/bin/env python3
"""Where recall is lost (issue 11, round 9): sorts the dev misses of the VOA article gold by where
the coder lost them. Reads the dev half only (the gold's held-out half is never read).

  ./vigil eval --gold ../shared/eval/voa/gold.jsonl --corpus ../shared/corpus/voa-stories.jsonl --split dev --details > details.txt
  ./vigil eval ... --split dev --details --full-pipeline > details-full.txt
  python3 scripts/recall-misses.py dev.jsonl   # writes the dev articles of the corpus
  ./vigil annotate dev.jsonl > dev.conllu; ./vigil annotate --full-pipeline dev.jsonl > dev-full.conllu
  ./vigil code --threads 1 dev.jsonl > dev-events.jsonl
  python3 scripts/recall-misses.py dev.conllu dev-events.jsonl details.txt dev-full.conllu details-full.txt

Classes: a never parsed (the selective analysis skipped the sentence); b parsed, no event; c only
events of another type in the sentence; d an event of the same type, another dyad; e the gold
codes one event per conjunct where the coder codes fewer; f the trigger is in a clause the coder
does not read for it (a noun in an argument, a relative clause or participle, a quotation);
g-spent the same type and dyad is coded there but matched elsewhere or merged. The order of the
tests is a, then e/d/g (same type in the sentence), then f, c, b.
"""
import json, re, sys, hashlib, collections

GOLD = '../shared/eval/voa/gold.jsonl'
CORPUS = '../shared/corpus/voa-stories.jsonl'

def dev(article_id):
    return hashlib.sha256(article_id.encode()).digest()[0] % 2 == 0

if len(sys.argv) == 2:
    with open(CORPUS) as f, open(sys.argv[1], 'w') as o:
        for line in f:
            if dev(json.loads(line)['id']):
                o.write(line)
    sys.exit(0)
CONLLU, EVENTS, DETAILS = sys.argv[1], sys.argv[2], sys.argv[3]
FULL = sys.argv[4] if len(sys.argv) > 4 else None

def norm(s):
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', "'").replace('\u2019', "'")
    return re.sub(r'\s+', ' ', s).strip()

def read_conllu(path):
    arts = collections.OrderedDict()
    cur = None; sent = None
    for line in open(path):
        line = line.rstrip('\n')
        if line.startswith('# article_id = '):
            cur = line.split(' = ', 1)[1]; arts[cur] = []
        elif line.startswith('# text = '):
            sent = {'text': line.split(' = ', 1)[1], 'toks': []}; arts[cur].append(sent)
        elif line and line[0].isdigit():
            c = line.split('\t')
            sent['toks'].append({'i': int(c[0]), 'w': c[1], 'lemma': c[2], 'pos': c[4],
                                 'head': None if c[6] == '_' else int(c[6]), 'rel': c[7], 'deps': c[8]})
    for a in arts.values():
        for s in a:
            s['parsed'] = any(t['head'] is not None for t in s['toks'])
    return arts

arts = read_conllu(CONLLU)
full = read_conllu(FULL) if FULL else None

def find_sentence(aid, text):
    n = norm(text)
    for i, s in enumerate(arts[aid]):
        if norm(s['text']) == n:
            return i
    for i, s in enumerate(arts[aid]):
        t = norm(s['text'])
        if n in t or t in n:
            return i
    # best overlap
    best, bi = 0, None
    nw = set(n.split())
    for i, s in enumerate(arts[aid]):
        o = len(nw & set(norm(s['text']).split()))
        if o > best:
            best, bi = o, i
    return bi

# predictions by article and sentence text
preds = collections.defaultdict(list)
for line in open(EVENTS):
    e = json.loads(line)
    preds[e['article_id'] if 'article_id' in e else e['articleId']].append(e)

# details: missed / matched
missed = []; matched = []
aid = None
mode = None
for line in open(DETAILS):
    m = re.match(r'^(\S+) \[article\]', line)
    if m:
        aid = m.group(1); mode = None; continue
    m = re.match(r'^  (missed|extra|matched)\s+(.*)$', line)
    if m:
        mode = m.group(1); rest = m.group(2)
    elif line.startswith('           ') and mode:
        rest = line.strip()
    else:
        continue
    rest = rest.strip()
    if rest == '-':
        continue
    if mode == 'missed':
        missed.append((aid, rest))
    elif mode == 'matched':
        matched.append((aid, rest))

def parse_gold_desc(d):
    m = re.match(r'^(\w+) (\S+) (\S+)(?: \((.*?)\))? -> (\S+)', d)
    sent = re.search(r' "(.*)"$', d).group(1)
    return {'type': m.group(1), 'cameo': m.group(2), 'src': m.group(3), 'tgt': m.group(5), 'sentence': sent}

gold_all = {}
for line in open(GOLD):
    r = json.loads(line)
    if dev(r['id']):
        gold_all[r['id']] = r['events']

def pred_type(e):
    return (e.get('plover') or {}).get('event') if isinstance(e.get('plover'), dict) else e.get('plover')

def gcountry(a):
    if not a: return ''
    if a.get('country'): return a['country'] if not (a.get('code') or '').startswith('IGO') else 'IGO'
    c = a.get('code') or ''
    return 'IGO' if c.startswith('IGO') else c[:3]

def pcountry(a):
    if not a: return ''
    c = a.get('code') or ''
    if c.startswith('IGO'): return 'IGO'
    return a.get('country') or c[:3]

def trigger_token(sent, trig):
    if not trig: return None
    words = [w.lower() for w in re.findall(r"[\w'-]+", trig)]
    if not words: return None
    toks = sent['toks']
    found = [t for t in toks if t['w'].lower() in words[:6]]
    for pos in ('VB', 'NN', 'JJ'):
        for t in found:
            if t['pos'].startswith(pos) and t['lemma'].lower() not in ('be', 'have', 'do', 'will', 'would', 'can', 'should', 'must'):
                return t
    for t in toks:
        if t['w'].lower() == words[0]:
            return t
    for t in toks:
        if t['w'].lower().startswith(words[0][:5]):
            return t
    return None

def clause_kind(sent, t):
    if t is None: return 'no-trigger-token'
    toks = sent['toks']
    if t['head'] is None: return 'unparsed'
    quotes = sum(1 for x in toks if x['i'] < t['i'] and x['w'] in ('"', '``', "''", '\u201c', '\u201d'))
    rel = t['rel']
    kinds = []
    if t['pos'].startswith('NN'): kinds.append('nominal')
    elif t['pos'].startswith('JJ'): kinds.append('adjective')
    if rel.startswith('acl:relcl'): kinds.append('relative')
    elif rel.startswith('acl'): kinds.append('participle')
    elif rel.startswith('advcl'): kinds.append('advcl')
    elif rel.startswith('xcomp'): kinds.append('xcomp')
    elif rel.startswith('ccomp'): kinds.append('ccomp')
    elif rel.startswith('parataxis'): kinds.append('parataxis')
    elif rel.startswith('conj'): kinds.append('conj')
    elif rel == 'root': kinds.append('root')
    elif rel.startswith('nmod') or rel.startswith('obl') or rel.startswith('obj') or rel.startswith('nsubj'): kinds.append('arg:' + rel.split(':')[0])
    else: kinds.append(rel)
    if quotes % 2 == 1: kinds.append('quote')
    return '+'.join(kinds)

def unvisited(kind):
    parts = kind.split('+')
    return ('relative' in parts or 'participle' in parts or 'quote' in parts
            or ('nominal' in parts and any(p.startswith('arg:') for p in parts)))

gold_by_sent = collections.defaultdict(list)
for a, evs in gold_all.items():
    for g in evs:
        gold_by_sent[(a, norm(g['sentence']))].append(g)

rows = []
for aid, desc in missed:
    d = parse_gold_desc(desc)
    cands = [g for g in gold_by_sent[(aid, norm(d['sentence']))] if g['plover'] == d['type'] and (g.get('source') or {}).get('code', '-') in (d['src'], '-') ]
    g = cands[0] if cands else None
    si = find_sentence(aid, d['sentence'])
    sent = arts[aid][si] if si is not None else None
    ps = [e for e in preds[aid] if si is not None and e['evidence']['sentence_index'] == si]
    gs, gt = gcountry(g.get('source') if g else None), gcountry(g.get('target') if g else None)
    same = [e for e in ps if pred_type(e) == d['type']]
    other = [e for e in ps if pred_type(e) != d['type']]
    # another gold event of the same type in the sentence differing in one actor
    sibs = [h for h in gold_by_sent[(aid, norm(d['sentence']))] if h is not g and h['plover'] == d['type']]
    coord = [h for h in sibs if (gcountry(h.get('source')) == gs) != (gcountry(h.get('target')) == gt)]
    t = trigger_token(sent, g.get('trigger') if g else None) if sent else None
    fsent = full[aid][si] if full and si is not None and si < len(full[aid]) else None
    tf = trigger_token(fsent, g.get('trigger') if g else None) if fsent else None
    kind = clause_kind(sent, t) if sent and sent['parsed'] else (clause_kind(fsent, tf) if fsent else '?')
    if sent is None: cat = 'g'
    elif not sent['parsed']: cat = 'a'
    elif same:
        exact = [e for e in same if pcountry(e['source']) == gs and pcountry(e.get('target')) == gt]
        if exact: cat = 'g-spent'
        elif coord and any(pcountry(e['source']) == gs or pcountry(e.get('target')) == gt for e in same): cat = 'e'
        else: cat = 'd'
    elif unvisited(kind): cat = 'f'
    elif other: cat = 'c'
    else: cat = 'b'
    rows.append({'aid': aid, 'cat': cat, 'kind': kind, 'type': d['type'], 'desc': desc, 'trigger': g.get('trigger') if g else None,
                 'si': si, 'preds': [(pred_type(e), e['cameo'], (e['source'] or {}).get('code'), (e.get('target') or {}).get('code')) for e in ps],
                 'gs': gs, 'gt': gt, 'coord': len(coord)})


cnt = collections.Counter(r['cat'] for r in rows)
arts_by = collections.defaultdict(set)
for r in rows: arts_by[r['cat']].add(r['aid'])
print('misses', len(rows))
for c in sorted(cnt): print(c, cnt[c], len(arts_by[c]))
print()
kc = collections.Counter((r['cat'], r['kind']) for r in rows)
for (c, k), n in sorted(kc.items(), key=lambda x: (x[0][0], -x[1])): print(c, k, n)

def fkind(k):
    p = k.split('+')
    if 'nominal' in p: return 'nominal'
    if 'relative' in p or 'participle' in p: return 'relative/participle'
    return 'quote'
fk = collections.Counter(); fa = collections.defaultdict(set)
for r in rows:
    if r['cat'] == 'f':
        fk[fkind(r['kind'])] += 1; fa[fkind(r['kind'])].add(r['aid'])
print()
for k in fk: print('f', k, fk[k], len(fa[k]))
if len(sys.argv) > 5:
    # misses of the selective run that a run with every sentence parsed matches
    full_missed = set()
    aid = None; mode = None
    for line in open(sys.argv[5]):
        m = re.match(r'^(\S+) \[article\]', line)
        if m: aid = m.group(1); mode = None; continue
        m = re.match(r'^  (missed|extra|matched)\s+(.*)$', line)
        if m: mode = m.group(1); rest = m.group(2)
        elif line.startswith('           ') and mode: rest = line.strip()
        else: continue
        if mode == 'missed': full_missed.add((aid, rest.strip()))
    rec = [r for r in rows if (r['aid'], r['desc']) not in full_missed]
    print('\nmatched when every sentence is parsed (--full-pipeline):', len(rec), 'events,', len({r['aid'] for r in rec}), 'articles;',
          collections.Counter(r['cat'] for r in rec))
