#!/usr/bin/env python3
"""List corpus rows whose texts are the same after normalising but whose labels disagree.

Usage: scripts/label-conflicts.py [corpus-dir] [--phrase] [--code] [--known]

Each row's input is normalised: lower case; addresses, IPs, host names, URLs, queue ids,
timestamps, quoted ids and numbers masked; the SMTP reply code and enhanced code removed
(with --code they are kept as part of the key, so only rows with the same code group);
whitespace and punctuation runs collapsed. Rows whose normalised text is equal form a group;
a group is listed when its rows disagree on category or class.
--phrase: a second pass keys rows by their distinctive phrase instead (the text inside
"said: ... (in reply", else after the last ": "), at least four words long.
--known: list known-failures.tsv lines whose reason says "label convention" or
"label vs corpus convention".
"""
import collections, glob, os, re, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = {a for a in sys.argv[1:] if a.startswith("--")}
corpus = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "explain", "testdata", "corpus")

SUBS = [
    (r"https?://\S+", " URL "),
    (r"<[^<>@\s]*@[^<>\s]*>", " ADDR "),
    (r"[\w.+=-]+@[\w.-]+", " ADDR "),
    (r"\b\d{4}-\d\d-\d\d[t ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:z|[+-]\d\d:?\d\d)?", " TIME "),
    (r"\b(?:mon|tue|wed|thu|fri|sat|sun),? ", " "),
    (r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* +\d{1,2}\b", " DATE "),
    (r"\b\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?\b", " TIME "),
    (r"\[?\b(?:\d{1,3}\.){3}\d{1,3}\b\]?", " IP "),
    (r"\[?(?:ipv6:)?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?", " IP "),
    (r"\b[\w-]+(?:\.[\w-]+)*\.(?:example|test|invalid|localhost|com|net|org|de|fr|jp|ru|cn|uk|io)\b", " HOST "),
    (r"\b[0-9a-f]{8,}\b", " QID "),
    (r"\b[0-9a-z]{6}-[0-9a-z]{6,}-[0-9a-z]{2,}\b", " QID "),
    (r"\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{10,}\b", " QID "),
    (r"'[^'\s]*\d[^'\s]*'|\"[^\"\s]*\d[^\"\s]*\"", " QID "),
]
SUBS = [(re.compile(p), r) for p, r in SUBS]
CODE = re.compile(r"(?<![\w.])([2-5]\d\d)(?:[ -]|$)")
ENH = re.compile(r"(?<![\w.])([245]\.\d{1,3}\.\d{1,3})(?![\w.])")


def normalise(text, keep_code=False):
    t = text.replace("\\n", " ").lower()
    codes = ""
    if keep_code:
        m, e = CODE.search(t), ENH.search(t)
        codes = (m.group(1) if m else "") + "/" + (e.group(1) if e else "")
    t = ENH.sub(" ", t)
    t = CODE.sub(" ", t)
    for p, r in SUBS:
        t = p.sub(r, t)
    t = re.sub(r"\b\d+\b", " N ", t)
    t = re.sub(r"[\s\W_]+", " ", t).strip()
    return (codes + " " + t).strip()


def phrase(text):
    t = text.replace("\\n", " ")
    m = re.search(r"said: (.*?)\(in reply", t)
    if m:
        t = m.group(1)
    elif ": " in t:
        t = t.rsplit(": ", 1)[1]
    n = normalise(t)
    return n if len(n.split()) >= 4 else None


def first_digit(text):
    m = CODE.search(text.replace("\\n", " "))
    return m.group(1)[0] if m else ""


def disagree(rs):
    """Rows disagree on category, or on class among rows whose reply codes are of one
    kind (a 4xx and a 5xx of the same text are rightly transient and permanent)."""
    if len({r[3] for r in rs}) > 1:
        return True
    byclass = collections.defaultdict(set)
    for r in rs:
        byclass[first_digit(r[2])].add(r[4])
    return any(len(v) > 1 for v in byclass.values())


def rows():
    for f in sorted(glob.glob(os.path.join(corpus, "*.tsv"))):
        if f.endswith("known-failures.tsv"):
            continue
        for i, line in enumerate(open(f, encoding="utf-8"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 3:
                continue
            yield os.path.basename(f), i, c[0], c[1], c[2]


def main():
    if "--known" in flags:
        for line in open(os.path.join(corpus, "known-failures.tsv"), encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3 and re.search(r"label (vs corpus )?convention", c[2]):
                print("%s\t%s\t%s" % (c[0], c[1][:120], c[2][:200]))
        return
    key = (lambda t: phrase(t)) if "--phrase" in flags else (lambda t: normalise(t, "--code" in flags))
    groups = collections.defaultdict(list)
    for r in rows():
        k = key(r[2])
        if k:
            groups[k].append(r)
    n = 0
    for k, rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if not disagree(rs):
            continue
        n += 1
        print("## %s" % k[:160])
        for f, i, text, cat, cls in rs:
            print("  %s:%d\t%s/%s\t%s" % (f, i, cat, cls, text[:150]))
    print("%d groups disagree" % n, file=sys.stderr)


main()
