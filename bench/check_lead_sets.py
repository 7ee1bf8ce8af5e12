#!/usr/bin/env python3
"""Checks the judged sets of the lead mechanically, before anything uses them.

  python3 bench/check_lead_sets.py DRAW [PYRAMID.json ...] [--pairs LABELLED.jsonl]

A pyramid (PYRAMIDS.md) must name only files of its story's folder in DRAW/pyramids/<story>/,
every evidence quote must be an exact substring of its file's article text (at least 5 words),
every unit must have evidence, and every conflict value must quote its files. A labelled pair
file must hold, for every drawn pair, a boolean "same_fact" and nothing else changed. Prints
each problem as <file>: <what> and exits 1 if there is one.
"""
import json
import os
import sys


def article_text(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text.split("\n\n", 1)[1] if "\n\n" in text else ""


def check_pyramid(draw, path, problems):
    p = json.load(open(path, encoding="utf-8"))
    story = p.get("story") or os.path.splitext(os.path.basename(path))[0]
    folder = os.path.join(draw, "pyramids", story)
    if not os.path.isdir(folder):
        problems.append("%s: no drawn story %s" % (path, story))
        return
    texts = {f: article_text(os.path.join(folder, f)) for f in os.listdir(folder)}
    for key in ("one_event", "off_event_files", "units"):
        if key not in p:
            problems.append("%s: no '%s'" % (path, key))
    for f in p.get("off_event_files", []):
        if f not in texts:
            problems.append("%s: off-event file %s not in the story" % (path, f))
    for n, u in enumerate(p.get("units", [])):
        if not u.get("fact") or not u.get("evidence"):
            problems.append("%s: unit %d has no fact or no evidence" % (path, n))
        for e in u.get("evidence", []):
            check_quote(path, "unit %d" % n, e.get("file"), e.get("quote", ""), texts, problems)
    for n, c in enumerate(p.get("conflicts", [])):
        if len(c.get("values", [])) < 2:
            problems.append("%s: conflict %d has fewer than two values" % (path, n))
        for v in c.get("values", []):
            for e in v.get("evidence", []):
                check_quote(path, "conflict %d" % n, e.get("file"), e.get("quote", ""), texts,
                            problems, min_words=1)


def check_quote(path, where, file, quote, texts, problems, min_words=5):
    if file not in texts:
        problems.append("%s: %s: file %s not in the story" % (path, where, file))
    elif quote not in texts[file]:
        problems.append("%s: %s: quote not in %s: %s" % (path, where, file, quote[:60]))
    elif len(quote.split()) < min_words:
        problems.append("%s: %s: quote of fewer than %d words" % (path, where, min_words))


def check_pairs(draw, labelled, problems):
    drawn = [json.loads(l) for l in open(os.path.join(draw, "fact-pairs.jsonl"), encoding="utf-8")]
    by_id = {d["id"]: d for d in drawn}
    seen = set()
    for line in open(labelled, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        d = by_id.get(p.get("id"))
        if d is None:
            problems.append("%s: pair %s was not drawn" % (labelled, p.get("id")))
            continue
        seen.add(p["id"])
        if not isinstance(p.get("same_fact"), bool):
            problems.append("%s: pair %d: same_fact is not true or false" % (labelled, p["id"]))
        for k in ("story", "a", "b"):
            if p.get(k) != d[k]:
                problems.append("%s: pair %d: '%s' differs from the draw" % (labelled, p["id"], k))
    for missing in sorted(set(by_id) - seen):
        problems.append("%s: pair %d not labelled" % (labelled, missing))


def main():
    args = sys.argv[1:]
    draw = args.pop(0)
    problems = []
    if "--pairs" in args:
        i = args.index("--pairs")
        check_pairs(draw, args[i + 1], problems)
        del args[i:i + 2]
    for path in args:
        check_pyramid(draw, path, problems)
    for p in problems:
        print(p)
    print("%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
