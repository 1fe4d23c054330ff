package explain

import (
	"slices"
	"strings"
	"testing"
)

// The automaton finds every occurrence of every keyword (and of each of its
// case variants), and nothing else: on a sample of the corpus and of the
// lines the tests hold, its raw matches (pattern, end) before the word and
// identifier checks of feed are those of a plain search for each keyword.
func TestMatcherAutomatonFindsEveryKeyword(t *testing.T) {
	t.Parallel()
	m := buildEngineOf(true).m // (its variants: the generated matcher has none)
	m.once.Do(m.compile)
	gen := theEngine().m // the generated one, when it is not stale
	gen.once.Do(gen.compile)
	entries := make([]variant, 0, len(m.patterns)+len(m.variants))
	for i, p := range m.patterns {
		entries = append(entries, variant{p, int32(i)})
	}
	entries = append(entries, m.variants...)
	var texts []string
	for i, row := range loadCorpus(t) {
		if i%15 == 0 {
			texts = append(texts, row.input)
		}
	}
	lines := fastPathLines(t)
	for i := 0; i < len(lines); i += 23 {
		texts = append(texts, lines[i])
	}
	texts = append(texts, "", "A", "Empfänger unbekannt", "ПОЛЬЗОВАТЕЛЬ НЕ НАЙДЕН", "mailbox full mailbox FULL")
	if len(texts) < 300 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, text := range texts {
		var got, gotGen [][2]int32
		s, sg := int32(0), int32(0)
		for i := 0; i < len(text); i++ {
			s = m.step(s, m.class[text[i]])
			for _, p := range m.outputs(s) {
				got = append(got, [2]int32{p, int32(i + 1)})
			}
			sg = gen.step(sg, gen.class[text[i]])
			for _, p := range gen.outputs(sg) {
				gotGen = append(gotGen, [2]int32{p, int32(i + 1)})
			}
		}
		if gen.fail != nil && loadGenerated(ruleTable()) != nil && !slices.Equal(got, gotGen) {
			t.Fatalf("%q: the generated automaton found %v, the one compiled now %v", text, gotGen, got)
		}
		folded := foldASCIIBytes(text)
		var want [][2]int32
		for _, e := range entries {
			f := foldASCIIBytes(e.s)
			for from := 0; ; {
				k := strings.Index(folded[from:], f)
				if k < 0 || f == "" {
					break
				}
				want = append(want, [2]int32{e.id, int32(from + k + len(f))})
				from += k + 1
			}
		}
		cmp := func(a, b [2]int32) int {
			if a[1] != b[1] {
				return int(a[1] - b[1])
			}
			return int(a[0] - b[0])
		}
		slices.SortFunc(got, cmp)
		slices.SortFunc(want, cmp)
		got, want = slices.Compact(got), slices.Compact(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: the automaton found %v, a plain search %v", text, got, want)
		}
	}
}

// foldASCIIBytes folds A-Z to a-z and leaves every other byte.
func foldASCIIBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
