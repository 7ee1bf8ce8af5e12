#!/usr/bin/env python3
"""The largest families of a batch run, each pair of articles measured as evaluate reprints does (character
25-grams of the normalised text, share of the shorter): whether a family chains articles that share
nothing.  Usage: python3 bench/largest_families.py RUN_DIR [N]"""
import json,zipfile,re,collections,sys
run=sys.argv[1]
m=json.load(open(run+'/manifest.json'))['articles']
fam=collections.defaultdict(list)
for a in m:
    if a['family']: fam[a['family']].append(a)
cache={}
def text(a):
    z,inner=a['path'].split('!/')
    if z not in cache:
        with zipfile.ZipFile(z) as f: cache[z]=json.loads(f.read(inner))
    x=cache[z][a['index']]; return x.get('title',''), x.get('content','')
def norm(s):
    s=re.sub('[\u064b-\u0652\u0640\u0670]','',s); s=re.sub('[أإآٱ]','ا',s); s=s.replace('ة','ه').replace('ى','ي')
    return re.sub(r'[\W_]+','',s)
def grams(s,k=25): return {s[i:i+k] for i in range(0,max(0,len(s)-k+1))}
top=sorted(fam.values(), key=len, reverse=True)[:int(sys.argv[2]) if len(sys.argv) > 2 else 6]
for f in top:
    g=[grams(norm(text(a)[1])) for a in f]
    mins=[]; zero=0; pairs=0
    for i in range(len(f)):
        for j in range(i+1,len(f)):
            s=min(len(g[i]),len(g[j])) or 1
            c=len(g[i]&g[j])/s; pairs+=1
            if c<0.02: zero+=1
            mins.append(c)
    print(len(f), 'articles;', 'pairs', pairs, 'min containment %.3f'%min(mins), 'pairs <0.02:', zero, '|', text(f[0])[0][:60])
