#!/usr/bin/env python3
"""Draws the two sets a brief's lead is judged on, for reading, from a batch run over the dev corpus.

  python3 bench/draw_lead_sets.py OUT CORPUS DRAW [--seed 1] [--stories 26] [--per-band 80]

OUT is the batch output (manifest.json and each story's brief.json), CORPUS the SaudiNewsNet dev
folder it was run on, DRAW a folder for the reading material (never committed: it holds article
text). Deterministic for the same inputs and seed.

Pyramid stories: event stories of 3 or more families and 5 to 15 articles, drawn with the seed;
each becomes DRAW/pyramids/<story>/NN_<outlet>.txt (the article's text after a header of its
title, outlet, url, date and id) for a reader to write its facts (PYRAMIDS.md).

Fact pairs: pairs of brief sentences of one story carried by no common article and no common
outlet, from the other stories of 2 or more families, drawn evenly from four bands of a crude
word overlap (Jaccard of 5-letter prefixes of content words: 0.15-0.25, 0.25-0.35, 0.35-0.5,
0.5-1), so that the set holds pairs a linker should link and pairs it should not; written to
DRAW/fact-pairs.jsonl for a reader to label.
"""
import argparse
import json
import os
import random
import re
import zipfile

HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")
STOP = set("""في من على الى إلى عن مع ان أن إن او أو ثم التي الذي الذين هذا هذه ذلك تلك كان كانت
قد لقد وقد كما بعد قبل حيث بين عند منذ خلال حتى لدى كل غير وقال قال وأضاف واضاف اليوم أمس امس""".split())


def fold(text):
    t = HARAKAT.sub("", text)
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    return t


def prefixes(text):
    words = re.findall(r"\w+", fold(text))
    return {w[:5] for w in words if len(w) >= 3 and w not in STOP and not w.isdigit()}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def article_texts(corpus, manifest):
    """Each article's record by id, read from the corpus zips by path and index."""
    wanted = {}
    for a in manifest["articles"]:
        if a.get("id") and a.get("path"):
            zip_path, _, entry = a["path"].partition("!/")
            wanted.setdefault((os.path.basename(zip_path), entry), {})[a["index"]] = a["id"]
    records = {}
    for (zip_name, entry), ids in sorted(wanted.items()):
        with zipfile.ZipFile(os.path.join(corpus, zip_name)) as z:
            array = json.loads(z.read(entry))
        for index, aid in ids.items():
            records[aid] = array[index]
    return records


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("corpus")
    p.add_argument("draw")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--stories", type=int, default=26)
    p.add_argument("--per-band", type=int, default=80)
    args = p.parse_args()
    manifest = json.load(open(os.path.join(args.out, "manifest.json"), encoding="utf-8"))
    stories = sorted(manifest["stories"], key=lambda s: s["id"])
    eligible = [s for s in stories if len(s["families"]) >= 3 and 5 <= len(s["articles"]) <= 15]
    drawn = random.Random(args.seed).sample(eligible, min(args.stories, len(eligible)))
    drawn.sort(key=lambda s: s["id"])
    records = article_texts(args.corpus, manifest)
    refs = {a["id"]: a for a in manifest["articles"] if a.get("id")}

    for s in drawn:
        folder = os.path.join(args.draw, "pyramids", s["id"])
        os.makedirs(folder, exist_ok=True)
        for n, aid in enumerate(s["articles"]):
            r = records[aid]
            name = "%02d_%s.txt" % (n, r.get("source", "unknown"))
            header = "title: %s\nsource: %s\nurl: %s\ndate: %s\nid: %s\npath: %s#%d\n\n" % (
                r.get("title", ""), r.get("source", ""), r.get("url", ""),
                r.get("date_extracted", ""), aid, refs[aid]["path"], refs[aid]["index"])
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(header + (r.get("content") or ""))

    taken = {s["id"] for s in drawn}
    bands = [(0.15, 0.25), (0.25, 0.35), (0.35, 0.5), (0.5, 1.01)]
    pools = [[] for _ in bands]
    for s in stories:
        if s["id"] in taken or len(s["families"]) < 2:
            continue
        brief = json.load(open(os.path.join(args.out, s["id"], "brief.json"), encoding="utf-8"))
        outlet = {src["id"]: src["name"].split(" ")[0] for src in brief["sources"]}
        units = [(u["text"], set(u["sources"]), prefixes(u["text"])) for u in brief["sentences"]]
        for i in range(len(units)):
            for j in range(i + 1, len(units)):
                a, b = units[i], units[j]
                if a[1] & b[1] or {outlet[x] for x in a[1]} & {outlet[x] for x in b[1]}:
                    continue
                if len(a[2]) < 4 or len(b[2]) < 4:
                    continue
                sim = jaccard(a[2], b[2])
                for k, (lo, hi) in enumerate(bands):
                    if lo <= sim < hi:
                        pools[k].append((s["id"], i, j, round(sim, 3)))
    rnd = random.Random(args.seed)
    pairs = []
    for k, pool in enumerate(pools):
        for story, i, j, sim in rnd.sample(pool, min(args.per_band, len(pool))):
            pairs.append((story, i, j, sim, k))
    pairs.sort()
    with open(os.path.join(args.draw, "fact-pairs.jsonl"), "w", encoding="utf-8") as f:
        for n, (story, i, j, sim, k) in enumerate(pairs):
            brief = json.load(open(os.path.join(args.out, story, "brief.json"), encoding="utf-8"))
            names = {src["id"]: src["name"] for src in brief["sources"]}
            ua, ub = brief["sentences"][i], brief["sentences"][j]
            f.write(json.dumps({
                "id": n, "story": story, "band": "%.2f-%.2f" % bands[k], "overlap": sim,
                "a": {"sentence": i + 1, "sources": [names[x] for x in ua["sources"]], "text": ua["text"]},
                "b": {"sentence": j + 1, "sources": [names[x] for x in ub["sources"]], "text": ub["text"]},
            }, ensure_ascii=False) + "\n")
    print("%d pyramid stories of %d eligible; %d fact pairs (pools %s)" % (
        len(drawn), len(eligible), len(pairs), [len(p) for p in pools]))


if __name__ == "__main__":
    main()
