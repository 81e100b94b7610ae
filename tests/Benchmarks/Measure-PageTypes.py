#!/usr/bin/env python3
"""Mean per-page word-F1 by page type (issue 20): scores a prediction folder with score.py --metric wordf1
and groups the per-page F1 by meta.json's "type".

With --types, also scores the predicted page types (the pageType of each <id>.json the runner writes) against the truth:
wcxb-dev-types' meta.json "type", and "article" for every page of wcxb-dev (--dev-pred) and scrapinghub (--sh-pred). Prints the
accuracy on the two wcxb sets together, with scrapinghub, and the confusion matrix (rows truth, columns predicted);
--wrong lists the misclassified pages with the classifier's evidence (pageTypeEvidence).

usage: Measure-PageTypes.py --data-path /work/shared/bench [--set wcxb-dev-types] --pred OUT [--worst N]
                            [--types] [--dev-pred OUT_DEV] [--sh-pred OUT_SH] [--wrong] [--no-f1]
"""
import argparse, json, os, subprocess, sys, tempfile
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument('--data-path', '-DataPath', required=True)
ap.add_argument('--set', default='wcxb-dev-types')
ap.add_argument('--pred', required=True)
ap.add_argument('--worst', type=int, default=0, help='list the N worst pages of each type')
ap.add_argument('--types', action='store_true', help='score page types too (accuracy, confusion matrix)')
ap.add_argument('--dev-pred', help='the runner output of wcxb-dev (all articles)')
ap.add_argument('--sh-pred', help='the runner output of scrapinghub (all articles)')
ap.add_argument('--wrong', action='store_true', help='list misclassified pages with their evidence')
ap.add_argument('--no-f1', action='store_true', help='skip the word-F1 table')
a = ap.parse_args()


def read_types(folder, truth):
    """(id, truth, predicted, evidence) for each page of truth (id -> type); a missing json counts as predicted 'missing'."""
    rows = []
    for pid, t in sorted(truth.items()):
        pred, ev = 'missing', ''
        f = os.path.join(folder, pid + '.json')
        if os.path.exists(f):
            j = json.load(open(f, encoding='utf-8'))
            pred, ev = (j.get('pageType') or 'missing').lower(), j.get('pageTypeEvidence') or ''
        rows.append((pid, t, pred, ev))
    return rows


def score_types():
    root = os.path.join(a.data_path, a.set)
    meta = json.load(open(os.path.join(root, 'meta.json'), encoding='utf-8'))
    rows = [(a.set,) + r for r in read_types(a.pred, {k: (v.get('type') or 'article') for k, v in meta.items()})]
    wcxb = list(rows)
    if a.dev_pred:
        dmeta = json.load(open(os.path.join(a.data_path, 'wcxb-dev', 'meta.json'), encoding='utf-8'))
        wcxb += [('wcxb-dev',) + r for r in read_types(a.dev_pred, {k: 'article' for k in dmeta})]
    allrows = list(wcxb)
    if a.sh_pred:
        ids = [os.path.splitext(n)[0] for n in os.listdir(os.path.join(a.data_path, 'scrapinghub', 'truth'))]
        allrows += [('scrapinghub',) + r for r in read_types(a.sh_pred, {k: 'article' for k in ids})]
    acc = lambda rs: sum(1 for r in rs if r[2] == r[3]) / max(1, len(rs))
    print('page types: accuracy %s%s %.3f (%d/%d)' % (a.set, ' + wcxb-dev' if a.dev_pred else '', acc(wcxb),
                                                      sum(1 for r in wcxb if r[2] == r[3]), len(wcxb)))
    if a.sh_pred:
        print('            with scrapinghub %.3f (%d/%d)' % (acc(allrows), sum(1 for r in allrows if r[2] == r[3]), len(allrows)))
    kinds = ['article', 'collection', 'documentation', 'forum', 'listing', 'product', 'service', 'other']
    kinds += sorted({r[3] for r in allrows} - set(kinds))
    print('%-14s' % 'truth\pred' + ''.join('%6s' % k[:5] for k in kinds) + '   recall')
    for t in kinds:
        rs = [r for r in allrows if r[2] == t]
        if not rs:
            continue
        print('%-14s' % t + ''.join('%6d' % sum(1 for r in rs if r[3] == k) for k in kinds) + '   %.3f' % acc(rs))
    if a.wrong:
        for r in sorted(allrows, key=lambda r: (r[2], r[3], r[0], r[1])):
            if r[2] != r[3]:
                print('  %-12s %s %-13s -> %-13s %s' % r)


if a.types:
    score_types()
if a.no_f1:
    sys.exit(0)

root = os.path.join(a.data_path, a.set)
meta = json.load(open(os.path.join(root, 'meta.json'), encoding='utf-8'))
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, 'r.json')
    subprocess.run([sys.executable, os.path.join(a.data_path, 'score.py'), '--truth', os.path.join(root, 'truth'),
                    '--pred', a.pred, '--metric', 'wordf1', '--n-bootstrap', '0', '--json', out], check=True, stdout=subprocess.DEVNULL)
    result = json.load(open(out, encoding='utf-8'))

pages = result['documents']
by_type = defaultdict(list)
for p in pages:
    pid, f1 = p['id'], p['f1']
    t = (meta.get(pid) or {}).get('type') or 'article'
    by_type[t].append((f1, pid))
allf = [f for v in by_type.values() for f, _ in v]
for t in sorted(by_type):
    v = by_type[t]
    print('%-14s %4d  %.3f' % (t, len(v), sum(f for f, _ in v) / len(v)))
    if a.worst:
        for f, pid in sorted(v)[:a.worst]:
            print('      %s %.3f' % (pid, f))
print('%-14s %4d  %.3f' % ('all', len(allf), sum(allf) / max(1, len(allf))))
