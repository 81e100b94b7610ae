#!/usr/bin/env python3
"""Mean per-page word-F1 by page type (issue 20): scores a prediction folder with score.py --metric wordf1
and groups the per-page F1 by meta.json's "type".

usage: Measure-PageTypes.py --data-path /work/shared/bench [--set wcxb-dev-types] --pred OUT [--worst N]
"""
import argparse, json, os, subprocess, sys, tempfile
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument('--data-path', '-DataPath', required=True)
ap.add_argument('--set', default='wcxb-dev-types')
ap.add_argument('--pred', required=True)
ap.add_argument('--worst', type=int, default=0, help='list the N worst pages of each type')
a = ap.parse_args()

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
