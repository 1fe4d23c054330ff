package explain

import (
	"strings"
	"testing"
)

// The anchored searches give what the functions they stand for give, for
// every anchor of every needle, on every line the tests hold and on the
// needles themselves cut, repeated and overlapping.
func TestAnchoredSearches(t *testing.T) {
	t.Parallel()
	needles := []string{", b'", "smtp code: ", "severity: ", " >> ", " << ", " !! ", ": failure: ", ": deferral: ", "response was: ", "Secure(SSL): ", ": T (", ": DENIED_", "aa", "aba", "x", ">>"}
	lines := fastPathLines(t)
	for _, w := range needles {
		for i := 0; i <= len(w); i++ {
			lines = append(lines, w[:i], w[i:]+w, w+w[:i]+w, "x"+strings.ToUpper(w)+"y", strings.Repeat(w, 3), w[:i]+" "+w[i:])
		}
	}
	lines = append(lines, " >> >> ", " >>>> >> ", "aaaa", "abababa", "")
	for _, ln := range lines {
		checkAnchored(t, ln, needles)
	}
}

func checkAnchored(t *testing.T, s string, needles []string) {
	t.Helper()
	for _, w := range needles {
		for k := 0; k < len(w); k++ {
			if got, want := indexAt(s, w, k), strings.Index(s, w); got != want {
				t.Fatalf("indexAt(%q, %q, %d) = %d, strings.Index %d", s, w, k, got, want)
			}
			if got, want := containsAt([]byte(s), w, k), strings.Contains(s, w); got != want {
				t.Fatalf("containsAt([]byte(%q), %q, %d) = %v, strings.Contains %v", s, w, k, got, want)
			}
			if got, want := countAt(s, w, k), strings.Count(s, w); got != want {
				t.Fatalf("countAt(%q, %q, %d) = %d, strings.Count %d", s, w, k, got, want)
			}
			if low := lowerASCII(w); !isAlpha(low[k]) {
				if got, want := indexFoldAt(s, low, k), indexFoldScan(s, low); got != want {
					t.Fatalf("indexFoldAt(%q, %q, %d) = %d, indexFold %d", s, low, k, got, want)
				}
			}
		}
	}
}

func FuzzAnchoredSearches(f *testing.F) {
	for _, s := range []string{"", "a, b'x'", "SMTP Code: 550", " >> a >> b", " !! x << y", "aaaa", "Nov 28 00:00:01 mx postfix/smtp[3001]: 4A1B: to=<a@b.example>, status=sent (250 2.0.0 Ok)"} {
		f.Add(s, "aa")
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		needles := []string{", b'", "smtp code: ", " >> ", "aa"}
		if w != "" && len(w) < 40 {
			needles = append(needles, w)
		}
		checkAnchored(t, s, needles)
		checkRare(t, s, needles)
		checkRare(t, s, []string{""})
	})
}

// The rare-byte forms give what the functions they stand for give.
func TestRareSearches(t *testing.T) {
	t.Parallel()
	needles := []string{", b'", "smtp code: ", "dsn=", " status=", ", stat=", " said: ", "to=<", "x", "abc", "Secure(SSL): ", "\x00\xff", "quota", "rror", "mailbox", "ABC", "aXa", "\xc3\xa9t\xc3\xa9"}
	lines := fastPathLines(t)
	for _, w := range needles {
		lines = append(lines, w, "a"+w, strings.ToUpper(w)+w, w+w)
	}
	for _, s := range lines {
		checkRare(t, s, needles)
	}
}

func checkRare(t *testing.T, s string, needles []string) {
	t.Helper()
	for _, w := range needles {
		if got, want := indexRare(s, w), strings.Index(s, w); got != want {
			t.Fatalf("indexRare(%q, %q) = %d, strings.Index %d", s, w, got, want)
		}
		if got, want := containsRare([]byte(s), w), strings.Contains(s, w); got != want {
			t.Fatalf("containsRare([]byte(%q), %q) = %v, strings.Contains %v", s, w, got, want)
		}
		if w != "" {
			if got, want := countRare(s, w), strings.Count(s, w); got != want {
				t.Fatalf("countRare(%q, %q) = %d, strings.Count %d", s, w, got, want)
			}
			low := lowerASCII(w)
			for _, sub := range []string{low, w} { // (and a needle that is not lower-case)
				if got, want := indexFold(s, sub), indexFoldScan(s, sub); got != want {
					t.Fatalf("indexFold(%q, %q) = %d, indexFoldScan %d", s, sub, got, want)
				}
				for k := 0; k < len(sub); k++ {
					if 'a' <= sub[k] && sub[k] <= 'z' {
						if got, want := indexFoldLetterAt(s, sub, k), indexFoldScan(s, sub); got != want {
							t.Fatalf("indexFoldLetterAt(%q, %q, %d) = %d, indexFoldScan %d", s, sub, k, got, want)
						}
					}
				}
			}
		}
	}
}

// withoutStandardTexts skips the translated texts with non-ASCII letters
// in an ASCII reply: it blanks exactly what blanking every overloaded text
// of every list blanks, on every corpus row and on the translated texts
// themselves (in ASCII and non-ASCII replies), under every subject.
func TestStandardTextsBlankedAsEveryText(t *testing.T) {
	t.Parallel()
	plain := func(s string, subject int) string {
		for _, list := range standardTextLists {
			for _, st := range list {
				if chooses, listed := choiceSubjects(st.code, subject); listed && !chooses {
					continue
				}
				if st.overloaded {
					s = blankFold(s, st.text)
				}
			}
		}
		return s
	}
	var texts []string
	for _, row := range loadCorpus(t) {
		texts = append(texts, row.input)
	}
	n := 0
	for _, list := range standardTextLists {
		for _, st := range list {
			up := strings.ToUpper(st.text[:1]) + st.text[1:]
			texts = append(texts, "550 5.2.2 "+st.text, "452 4.3.1 "+up+" (Größe)", "554 "+st.text+"; "+up)
			if !isASCII(st.text) {
				n++
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d translated texts with other letters", n)
	}
	for _, s := range texts {
		for subject := 0; subject <= 7; subject++ {
			if got, want := withoutStandardTexts(s, subject), plain(s, subject); got != want {
				t.Fatalf("%q under subject %d: %q, blanking every text %q", s, subject, got, want)
			}
		}
	}
}
