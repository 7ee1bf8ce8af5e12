#!/usr/bin/env python3
"""Draws the event links of src/test/resources/eval/event-links-passages.tsv from a batch run's
join log, for reading.  The log comes from a run instrumented (not part of the product) to print,
for each join `EventGrouper.Events.join` accepts, one line: the first article (run index, the
order of the manifest's articles less the rejected) of each of the two families of the edge, the
cosine of the two families' vectors, and `reprinted` (a join over a reprint link across families)
or `terms`.  Draws 60 term joins under a cosine of 0.4 (random.seed(7)) and 40 reprinted joins
(random.seed(11)), each sample sorted by cosine, and writes a TSV with `one_event` empty.
Usage: python3 bench/draw_event_links.py JOIN_LOG RUN_DIR OUT.tsv"""
import csv, json, random, sys, zipfile

log, run, out = sys.argv[1:4]
arts = [a for a in json.load(open(run + '/manifest.json'))['articles'] if a['status'] != 'rejected']
cache = {}
def info(i):
    a = arts[i]
    z, inner = a['path'].split('!/')
    if z not in cache:
        with zipfile.ZipFile(z) as f:
            cache[z] = json.loads(f.read(inner))
    x = cache[z][a['index']]
    clean = lambda s: (s or '').replace('\t', ' ').replace('\n', ' ')
    return clean(x.get('url')), clean(x.get('title')), a['source'], a['id']
rows = [l.rstrip('\n').split('\t') for l in open(log)]
terms = [r for r in rows if r[3] == 'terms' and float(r[2]) < 0.4]
reprinted = [r for r in rows if r[3] == 'reprinted']
random.seed(7); first = random.sample(terms, 60)
random.seed(11); second = random.sample(reprinted, 40)
fields = ['kind', 'cosine', 'one_event', 'id_a', 'id_b', 'source_a', 'source_b', 'url_a', 'url_b',
          'title_a', 'title_b']
with open(out, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=fields, delimiter='\t', lineterminator='\n')
    w.writeheader()
    for kind, sample in (('terms', first), ('reprinted', second)):
        for r in sorted(sample, key=lambda r: float(r[2])):
            ua, ta, sa, ia = info(int(r[0]))
            ub, tb, sb, ib = info(int(r[1]))
            w.writerow(dict(kind=kind, cosine='%.3f' % float(r[2]), one_event='', id_a=ia, id_b=ib,
                            source_a=sa, source_b=sb, url_a=ua, url_b=ub, title_a=ta, title_b=tb))
