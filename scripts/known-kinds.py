#!/usr/bin/env python3
"""Group explain/testdata/corpus/known-failures.tsv into kinds by the level where each
miss arises (known26, session 21).

Input: the known-failures list and the verbose output of
    go test ./explain -run 'TestCorpus$' -count=1 -v > corpus.txt
(its "known failure file:line: want C/K, got C/K (rule R) — reason" lines give today's
verdict). Usage:
    scripts/known-kinds.py corpus.txt [--rows KIND] [--tsv out.tsv]
Prints the count per kind (and per kind × today's outcome); --rows lists a kind's rows.

The kind is read from the reason written when the row was listed (its level words), and,
where the reason names no level, from today's verdict: a refusal without a code is the
codeless gate, a rule named after a bare code is the code fallback, a right category with
a wrong class is class inference.
"""
import csv, re, sys, collections

KINDS = [  # (kind, reason pattern): the pattern found first in the reason decides
    ("convention dispute", r"convention|label vs|vs corpus|disputed"),
    ("label beyond text", r"beyond (the )?text|provider meaning|provider's own meaning|"
                          r"class by reporter|label:|\blabel\b(?! vs)|thread shows|the issue shows|"
                          r"provider code vs words|typo"),
    ("parser/form", r"parser|\bform\b|input form|paste|cut at"),
    ("rule priority", r"priority|generic word|is read by|is read as|read as"),
    ("stage", r"\bstage\b"),
    ("fallback (bare code)", r"fallback|bare (4|5)\d\d|basic-code"),
    ("codeless gate", r"codeless gate|\bgate\b|refused|refusal|no SMTP reply code"),
    ("vocabulary", r"vocabulary|not recognised wording|no wording|is no wording|word"),
    ("class inference", r"\bclass\b"),
]

def outcome(wc, wk, gc, gk, rule):
    if gc == "error":
        return "refused (no code found)"
    if wc == gc:
        return "class only"
    if rule == "":
        return "no rule (unknown)" if gc == "unknown" else "no rule (code/form)"
    if re.match(r"code\.\d", rule):
        return "bare-code rule"
    return "another rule wins"

def level(reason, wc, wk, gc, gk, rule):
    r = reason.lower()
    # drop the verdicts a reason quotes ("want a/b, got error: no SMTP reply code found;",
    # "after the fixes c/d (rule "x")"): they are outcomes, not the kind
    r = re.sub(r'want \S+, got (error: no smtp reply code found|\S+( \(rule "[^"]*"\))?)', " ", r)
    r = re.sub(r'after the fixes (the same|\S+( \([^)]*\))?)', " ", r)
    r = re.sub(r'\((rule "[^"]*"|no rule)\)', " ", r)
    # the level the reason names first (reasons start with their kind: "vocabulary: ...,
    # the label says ..." is vocabulary)
    best = None
    for kind, pat in KINDS:
        m = re.search(pat, r)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    if best:
        return best[1]
    o = outcome(wc, wk, gc, gk, rule)
    return {"refused (no code found)": "codeless gate", "class only": "class inference",
            "bare-code rule": "fallback (bare code)"}.get(o, "rule priority" if o == "another rule wins" else "vocabulary")

def main():
    args = sys.argv[1:]
    src = args[0]
    want_rows = args[args.index("--rows") + 1] if "--rows" in args else None
    tsv = args[args.index("--tsv") + 1] if "--tsv" in args else None
    rx = re.compile(r'known failure (\S+):(\d+): want (\S+)/(\S+), got (.*?) — (.*)$')
    rows = []
    for l in open(src, encoding="utf-8"):
        m = rx.search(l)
        if not m:
            continue
        f, ln, wc, wk, got, reason = m.groups()
        g = re.match(r'(\S+)/(\S+) \(rule "(.*)"\)', got)
        gc, gk, rule = g.groups() if g else ("error", "error", "")
        k = level(reason, wc, wk, gc, gk, rule)
        rows.append((k, outcome(wc, wk, gc, gk, rule), f, ln, wc, wk, gc, gk, rule, reason))
    by = collections.Counter(r[0] for r in rows)
    byo = collections.Counter((r[0], r[1]) for r in rows)
    print(f"{len(rows)} known failures")
    for k, n in by.most_common():
        print(f"{n:5d}  {k}")
        for (kk, o), m in sorted(byo.items(), key=lambda x: -x[1]):
            if kk == k:
                print(f"         {m:4d}  {o}")
    if want_rows:
        for r in rows:
            if r[0] == want_rows:
                print("\t".join([f"{r[2]}:{r[3]}", f"want {r[4]}/{r[5]}", f"got {r[6]}/{r[7]} {r[8]}", r[9][:200]]))
    if tsv:
        with open(tsv, "w", newline="") as fh:
            w = csv.writer(fh, delimiter="\t")
            for r in rows:
                w.writerow(r)

if __name__ == "__main__":
    main()
