#!/usr/bin/env python3
"""Writes each family link drawn by `evaluate reprints --links N --seed S` (its printed output, DRAW) as one
text file holding both articles whole, for reading: link-NNN.txt and links.json in OUT_DIR.
This is how reprint-links-2.jsonl was prepared (seed 2).  Usage: python3 bench/dump_links.py RUN_DIR DRAW OUT_DIR"""
import json,zipfile,re,sys
run, draw, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
m={a['id']:a for a in json.load(open(run+'/manifest.json'))['articles']}
cache={}
def art(i):
    a=m[i]; z,inner=a['path'].split('!/')
    if z not in cache:
        with zipfile.ZipFile(z) as f: cache[z]=json.loads(f.read(inner))
    return cache[z][a['index']]
links=[]; cur=None
for line in open(draw):
    mm=re.match(r'^(\d+)\. containment ([0-9.]+)',line)
    if mm: cur={'link':int(mm.group(1)),'containment':float(mm.group(2)),'ids':[]}; links.append(cur); continue
    mm=re.match(r'^   ([0-9a-f]{10}(?:-\d+)?)\s',line)
    if mm and cur is not None and len(cur['ids'])<2: cur['ids'].append(mm.group(1))
for l in links:
    a,b=l['ids']
    with open(f"{outdir}/link-{l['link']:03d}.txt",'w') as f:
        f.write(f"LINK {l['link']}  containment {l['containment']}\n")
        for tag,i in (('A',a),('B',b)):
            x=art(i)
            f.write(f"\n===== {tag} = {i}  source {m[i]['source']}  date {x.get('date_extracted')}\nTITLE: {x.get('title')}\n\n{x.get('content')}\n")
json.dump([{'link':l['link'],'a':l['ids'][0],'b':l['ids'][1],'containment':l['containment']} for l in links], open(outdir+'/links.json','w'))
print(len(links))
