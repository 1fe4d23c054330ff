package explain

import (
	"slices"
	"testing"
)

// The matcher's fast paths (only the rules filed under a keyword found in
// the reply, or under its code and enhanced code; a long keyword list
// looked up by the keywords found) choose exactly the rules that checking
// every rule of the table, each keyword of each list, would choose: on
// every corpus row, with and without a stage, every matching rule and its
// rank are the same. A rule that the indexes would skip wrongly fails here.
func TestFastMatchAgreesWithEveryRule(t *testing.T) {
	t.Parallel()
	e := theEngine()
	slow := *e
	slow.rules = slices.Clone(e.rules)
	for i := range slow.rules {
		k := *slow.rules[i].ruleKeys
		k.anyS, k.withS, k.notS = span{}, span{}, span{}
		slow.rules[i].ruleKeys = &k
	}
	rows := loadCorpus(t)
	texts := make([]string, 0, len(rows)+100)
	for _, row := range rows {
		texts = append(texts, row.input)
	}
	texts = append(texts, "550 5.7.1", "421", "452 4.5.3 Too many recipients", "X.7.1 denied", "250 2.0.0 Ok")
	n, long := 0, 0
	for _, text := range texts {
		r, err := Parse(text)
		if err != nil {
			continue
		}
		var set patternSet
		found := e.m.scan(r.Text, &set, nil)
		found = e.familyTokens(r.Text, &set, found)
		esp := espTokens(r.Input)
		enh, hasEnh := parseEnh(r.Enhanced)
		var detCat Category
		if hasEnh {
			if det, ok := detailOf(enh.subject, enh.detail); ok {
				detCat = det.Category
			}
		}
		for _, in := range []matchInput{
			{code: r.Code, enh: enh, hasEnh: hasEnh, enhTells: detCat != Unknown, detCat: detCat, atRcpt: true, stage: r.Stage, provider: e.detectProvider(r.RemoteHost, &set), esp: esp},
			{code: r.Code, enh: enh, hasEnh: hasEnh, stage: "MAIL FROM"},
			{code: r.Code},
		} {
			best, got := e.matchAll(&set, found, in, nil)
			var want []ruleMatch
			var wantBest *crule
			var bestRank rank
			for i := range slow.rules {
				m, rk := slow.check(i, &set, &in, &found)
				if m == nil {
					continue
				}
				want = append(want, ruleMatch{m, rk})
				if wantBest == nil || rk.better(bestRank) {
					wantBest, bestRank = m, rk
				}
			}
			if !sameMatches(got, want) || (best == nil) != (wantBest == nil) || best != nil && best.ID() != wantBest.ID() {
				t.Fatalf("%q (%+v): the indexed matcher found %s (best %v), every rule checked %s (best %v)", text, in, matchIDs(got), best, matchIDs(want), wantBest)
			}
			n++
			for _, m := range got {
				if m.r.anyS.n > 0 || m.r.withS.n > 0 || m.r.notS.n > 0 {
					long++
				}
			}
		}
	}
	if n < 3000 || long < 50 {
		t.Fatalf("only %d replies matched, %d matches of rules with long lists", n, long)
	}
}

func sameMatches(a, b []ruleMatch) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].r.ID() != b[i].r.ID() || a[i].rank != b[i].rank {
			return false
		}
	}
	return true
}

func matchIDs(ms []ruleMatch) []string {
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.r.ID())
	}
	return ids
}
