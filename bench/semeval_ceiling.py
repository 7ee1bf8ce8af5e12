"""How far word counts go on the SemEval-2022 Task 8 training pairs at the batch's precision target.

For each kind of term (whole words, 4- and 5-letter prefixes, character 4- and 5-grams, prefixes
with the first twelve words counted twice) and each weighting (TF-IDF with the IDF to the power 1,
1.5 or 2; BM25), the pairwise cosine of every monolingual rated pair, and the most same-event pairs
(overall <= 1.5) one threshold of it groups while it groups at most 5 of the 171 different-event
pairs (>= 3.5, the 0.03 target), the threshold chosen on these very pairs: a ceiling, not an
estimate. `evaluate events` prints the same ceiling for words and for the batch's own event terms.
    python3 bench/semeval_ceiling.py [SEMEVAL_DIR]
"""
import collections, json, math, re, sys, unicodedata

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/semeval2022-train"
texts = {}
with open(folder + "/articles.jsonl", encoding="utf-8") as f:
    for line in f:
        if line.strip():
            a = json.loads(line)
            texts[a["id"]] = a.get("content") or ""
with open(folder + "/pairs.jsonl", encoding="utf-8") as f:
    pairs = [json.loads(line) for line in f if line.strip()]
mono = [p for p in pairs if p["lang1"] == p["lang2"] and p["a"] in texts and p["b"] in texts]
same = [p for p in mono if p["overall"] <= 1.5]
different = [p for p in mono if p["overall"] >= 3.5]
allowed = math.floor(0.03 * len(different))


def words(text):
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def prefixes(ws, k):
    return [w if w.isdigit() else w[:k] for w in ws if len(w) > 2]


def terms(text, kind):
    ws = words(text)
    if kind == "words":
        return [w for w in ws if len(w) > 2]
    if kind.startswith("prefix"):
        return prefixes(ws, int(kind[6:]))
    if kind.startswith("char"):
        s = " ".join(ws)
        n = int(kind[4:])
        return [s[i : i + n] for i in range(len(s) - n + 1)]
    if kind == "lead":
        return prefixes(ws, 4) + prefixes(ws[:12], 4)
    raise ValueError(kind)


def vectors(kind, weighting):
    counts = {i: collections.Counter(terms(t, kind)) for i, t in texts.items()}
    df = collections.Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(counts)
    mean_length = sum(sum(c.values()) for c in counts.values()) / n
    out = {}
    for i, c in counts.items():
        if weighting == "bm25":
            length = sum(c.values())
            v = {
                t: k * 2.2 / (k + 1.2 * (0.25 + 0.75 * length / mean_length))
                * math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                for t, k in c.items()
            }
        else:
            v = {t: (1 + math.log(k)) * math.log(n / df[t]) ** weighting for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        out[i] = {t: x / norm for t, x in v.items()}
    return out


def cosine(v, p):
    a, b = v[p["a"]], v[p["b"]]
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0) for t, x in a.items())


print(f"{len(same)} same-event and {len(different)} different-event monolingual pairs; at most {allowed} different")
best = 0
for kind in ["words", "prefix4", "prefix5", "char4", "char5", "lead"]:
    for weighting in [1, 1.5, 2, "bm25"]:
        v = vectors(kind, weighting)
        top_different = sorted((cosine(v, p) for p in different), reverse=True)
        threshold = top_different[allowed] + 1e-9  # just above the first different pair too many
        grouped = sum(1 for p in same if cosine(v, p) >= threshold)
        best = max(best, grouped)
        name = "BM25" if weighting == "bm25" else f"TF-IDF^{weighting}"
        print(f"{kind:8} {name:11} threshold {threshold:.3f}: {grouped:3d} of {len(same)} ({grouped / len(same):.3f})")
print(f"best: {best} of {len(same)} ({best / len(same):.3f})")
