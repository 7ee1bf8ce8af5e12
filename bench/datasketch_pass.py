"""datasketch's document-level MinHash + LSH pass over an archive, timed (the peer of bench/peer-bench.sh).

Reads every article the way batch finds them (zip entries, .json arrays or objects, .jsonl lines,
.txt/.md/.html files as plain text), then, timed apart from reading: word 5-gram shingles of each
article's text, a 128-permutation MinHash, insertion into MinHashLSH at threshold 0.5 and one
query per article. Prints `read S`, `pass S`, the article and pair counts as `key value` lines.
    python3 bench/datasketch_pass.py ARCHIVE [DATASKETCH_DIR]
"""
import json, os, sys, time, zipfile

archive = sys.argv[1]
sys.path.insert(0, sys.argv[2] if len(sys.argv) > 2 else "../shared/peers/datasketch")
from datasketch import MinHash, MinHashLSH  # noqa: E402


def texts_of(name, data):
    lower = name.lower()
    if lower.endswith(".json"):
        doc = json.loads(data)
        for item in doc if isinstance(doc, list) else [doc]:
            if isinstance(item, dict):
                yield str(item.get("content") or item.get("text") or item.get("body") or "")
    elif lower.endswith(".jsonl"):
        for line in data.decode("utf-8", "replace").splitlines():
            if line.strip():
                item = json.loads(line)
                yield str(item.get("content") or item.get("text") or item.get("body") or "")
    elif lower.endswith((".txt", ".md", ".markdown", ".html", ".htm")):
        yield data.decode("utf-8", "replace")


def read(root):
    paths = [root] if os.path.isfile(root) else sorted(
        os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
    for path in paths:
        if path.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as z:
                for entry in sorted(z.namelist()):
                    if not entry.endswith("/"):
                        yield from texts_of(entry, z.read(entry))
        else:
            with open(path, "rb") as f:
                yield from texts_of(path, f.read())


start = time.perf_counter()
texts = list(read(archive))
read_s = time.perf_counter() - start

start = time.perf_counter()
lsh = MinHashLSH(threshold=0.5, num_perm=128)
sketches = []
for i, text in enumerate(texts):
    words = text.split()
    shingles = {" ".join(words[j:j + 5]).encode("utf-8") for j in range(max(1, len(words) - 4))}
    m = MinHash(num_perm=128)
    m.update_batch(shingles)
    lsh.insert(i, m)
    sketches.append(m)
pairs = sum(len(lsh.query(m)) - 1 for m in sketches) // 2
pass_s = time.perf_counter() - start

print(f"articles {len(texts)}")
print(f"pairs {pairs}")
print(f"read {read_s:.2f}")
print(f"pass {pass_s:.2f}")
