#!/usr/bin/env python3
"""heldout-confusion.py: the confusion table of held-out first runs.

Reads the first-run verdicts written by scripts/heldout-firstrun.sh (OUTDIR/*.out,
one line a row: file, line, ok|error, category, class, rule, input), takes each
row's label from its batch file as the commit that added the file has it
(git log --diff-filter=AR), and prints: the per-category recall and precision,
the expected -> given category pairs, class errors, and which rule (or fallback,
"-" for an empty rule) produced each wrong verdict. With --rows FILE it also
writes every row as  input, category, class, first category, first class, rule,
batch, line  (TSV) for measuring a change on the same rows.

Run from the repository: scripts/heldout-confusion.py /tmp/fr-all [--rows F]
"""
import collections, glob, os, subprocess, sys

def labels(batch):
    path = "explain/testdata/corpus/" + batch
    c = subprocess.run(["git", "log", "--format=%h", "--diff-filter=AR", "-1", "--", path],
                       capture_output=True, text=True).stdout.strip()
    text = subprocess.run(["git", "show", c + ":" + path], capture_output=True, text=True).stdout
    out = {}
    for n, line in enumerate(text.split("\n"), 1):
        cols = line.split("\t")
        if len(cols) == 4 and not line.startswith("#"):
            out[n] = (cols[1], cols[2])
    return out

def main():
    d = sys.argv[1]
    rowsf = sys.argv[sys.argv.index("--rows") + 1] if "--rows" in sys.argv else None
    rows, lab = [], {}
    for f in sorted(glob.glob(os.path.join(d, "*.out"))):
        for line in open(f, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) < 7:
                continue
            b, n = c[0], int(c[1])
            if b not in lab:
                lab[b] = labels(b)
            if n not in lab[b]:
                continue
            ec, ek = lab[b][n]
            rows.append(dict(batch=b, line=n, input=c[6], ec=ec, ek=ek,
                             gc=c[3] or "(error)", gk=c[4] or "(error)", rule=c[5] or "-"))
    n = len(rows)
    both = sum(r["ec"] == r["gc"] and r["ek"] == r["gk"] for r in rows)
    cat = sum(r["ec"] == r["gc"] for r in rows)
    cls = sum(r["ek"] == r["gk"] for r in rows)
    print(f"rows {n}: both {both} ({100*both/n:.1f}%), category {cat} ({100*cat/n:.1f}%), class {cls} ({100*cls/n:.1f}%)")
    for b in sorted(lab):
        rb = [r for r in rows if r["batch"] == b]
        ok = sum(r["ec"] == r["gc"] and r["ek"] == r["gk"] for r in rb)
        print(f"  {b}: {len(rb)} rows, both {ok} ({100*ok/len(rb):.1f}%)")
    print("\nper category (expected): rows, recall; given: verdicts, precision")
    cats = sorted(set(r["ec"] for r in rows) | set(r["gc"] for r in rows))
    for c in cats:
        e = [r for r in rows if r["ec"] == c]
        g = [r for r in rows if r["gc"] == c]
        tp = sum(r["gc"] == c for r in e)
        rec = f"{100*tp/len(e):5.1f}%" if e else "    -"
        pre = f"{100*tp/len(g):5.1f}%" if g else "    -"
        print(f"  {c:18} {len(e):4} {rec}   {len(g):4} {pre}")
    print("\nexpected -> given (category misses), count, batches, rules")
    pairs = collections.defaultdict(list)
    for r in rows:
        if r["ec"] != r["gc"]:
            pairs[(r["ec"], r["gc"])].append(r)
    for (e, g), rs in sorted(pairs.items(), key=lambda x: -len(x[1])):
        bs = sorted(set(r["batch"][7:9] for r in rs))
        rules = collections.Counter(r["rule"] for r in rs)
        print(f"  {e:17} -> {g:17} {len(rs):3}  [{','.join(bs)}]  " +
              ", ".join(f"{k}×{v}" if v > 1 else k for k, v in rules.most_common()))
    print("\nclass errors (right category), expected -> given, count, rules")
    ce = collections.defaultdict(list)
    for r in rows:
        if r["ec"] == r["gc"] and r["ek"] != r["gk"]:
            ce[(r["ek"], r["gk"])].append(r)
    for (e, g), rs in sorted(ce.items(), key=lambda x: -len(x[1])):
        rules = collections.Counter(r["rule"] for r in rs)
        print(f"  {e:10} -> {g:10} {len(rs):3}  " + ", ".join(f"{k}×{v}" if v > 1 else k for k, v in rules.most_common()))
    print("\nwrong verdicts by the rule (or fallback) that gave them")
    wr = collections.Counter(r["rule"] for r in rows if (r["ec"], r["ek"]) != (r["gc"], r["gk"]))
    hr = collections.Counter(r["rule"] for r in rows if (r["ec"], r["ek"]) == (r["gc"], r["gk"]))
    for k, v in wr.most_common():
        if v >= 2:
            print(f"  {k:40} wrong {v:3}  right {hr.get(k, 0):3}")
    print("  (rules with one wrong verdict: %d)" % sum(1 for v in wr.values() if v == 1))
    if rowsf:
        with open(rowsf, "w", encoding="utf-8") as w:
            for r in rows:
                w.write("\t".join([r["input"], r["ec"], r["ek"], r["gc"], r["gk"], r["rule"], r["batch"], str(r["line"])]) + "\n")

if __name__ == "__main__":
    main()
