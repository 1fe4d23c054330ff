package explain

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A statistical fallback, measured and not adopted (docs/explain.md,
// "Statistical fallback: measured, not adopted"): a naive Bayes model of
// the corpus's wording that would propose a category for a text no rule
// recognises. This file holds the model and its features for the
// measurement (statmeasure_test.go); nothing of it is in the engine.

// statModel is a multinomial naive Bayes model over word unigrams and
// bigrams, each counted once per row. feats holds the features, sorted,
// feature i being feats[offs[i]:offs[i+1]]; its counts per category are
// post[i]..post[i+1] in ent, each entry category<<24 | count.
type statModel struct {
	feats string
	offs  []uint32
	post  []uint32
	ent   []uint32
	total []uint32 // per category (index in Categories): the features of its rows
	rows  []uint32 // per category: its rows
}

// statAlpha is the additive smoothing of the word probabilities.
const statAlpha = 0.1

// statGuess is what the model says about a text.
type statGuess struct {
	cands []statCand // every category, best first
	known int        // unigrams of the text the model knows
	top   []string   // the features that weighed most for the best category
}

type statCand struct {
	cat  Category
	prob float64 // posterior probability
}

// find is the index of feature f, or -1.
func (m *statModel) find(f string) int {
	n := len(m.offs) - 1
	i := sort.Search(n, func(i int) bool { return m.feats[m.offs[i]:m.offs[i+1]] >= f })
	if i < n && m.feats[m.offs[i]:m.offs[i+1]] == f {
		return i
	}
	return -1
}

// guess scores text. Features the model does not know are left out (they
// would add the same to every category).
func (m *statModel) guess(text string) statGuess {
	var g statGuess
	if m == nil || len(m.offs) < 2 {
		return g
	}
	nc := len(Categories)
	vocab := float64(len(m.offs) - 1)
	denom := make([]float64, nc)
	var rowsAll float64
	for c := 0; c < nc; c++ {
		denom[c] = math.Log(float64(m.total[c]) + statAlpha*vocab)
		rowsAll += float64(m.rows[c])
	}
	score := make([]float64, nc)
	for c := 0; c < nc; c++ {
		if m.rows[c] == 0 {
			score[c] = math.Inf(-1)
		}
	}
	type contrib struct {
		f string
		i int
	}
	var seen []contrib
	statFeatures(text, func(f string, unigram bool) {
		i := m.find(f)
		if i < 0 {
			return
		}
		for _, s := range seen {
			if s.i == i {
				return
			}
		}
		seen = append(seen, contrib{f, i})
		if unigram && f[0] != '_' {
			g.known++
		}
	})
	n := make([]float64, nc)
	for _, s := range seen {
		for c := range n {
			n[c] = 0
		}
		for _, e := range m.ent[m.post[s.i]:m.post[s.i+1]] {
			n[e>>24] = float64(e & 0xffffff)
		}
		for c := 0; c < nc; c++ {
			score[c] += math.Log(n[c]+statAlpha) - denom[c]
		}
	}
	best := 0
	for c := 1; c < nc; c++ {
		if score[c] > score[best] {
			best = c
		}
	}
	var sum float64
	for c := 0; c < nc; c++ {
		sum += math.Exp(score[c] - score[best])
	}
	for c := 0; c < nc; c++ {
		if m.rows[c] == 0 {
			continue
		}
		g.cands = append(g.cands, statCand{Categories[c], math.Exp(score[c]-score[best]) / sum})
	}
	sort.SliceStable(g.cands, func(i, j int) bool { return g.cands[i].prob > g.cands[j].prob })
	if len(seen) == 0 {
		return g
	}
	// the words that weighed most for the best category: how much more
	// likely each makes it than the runner-up
	second := -1
	for c := 0; c < nc; c++ {
		if c != best && m.rows[c] > 0 && (second < 0 || score[c] > score[second]) {
			second = c
		}
	}
	type w struct {
		f string
		d float64
	}
	var ws []w
	for _, s := range seen {
		var nb, ns float64
		for _, e := range m.ent[m.post[s.i]:m.post[s.i+1]] {
			switch int(e >> 24) {
			case best:
				nb = float64(e & 0xffffff)
			case second:
				ns = float64(e & 0xffffff)
			}
		}
		d := math.Log(nb+statAlpha) - denom[best]
		if second >= 0 {
			d -= math.Log(ns+statAlpha) - denom[second]
		}
		if d > 0 {
			ws = append(ws, w{s.f, d})
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].d > ws[j].d })
	for i := 0; i < len(ws) && i < 5; i++ {
		g.top = append(g.top, ws[i].f)
	}
	return g
}

// statFeatures calls emit with the features of text: its words (lower
// case; an address, an IP address and a host name each one token of its
// kind; digits left out, but for a reply code's class) and every two
// neighbouring words. In a script written without spaces (Chinese,
// Japanese) every two neighbouring characters are a word.
func statFeatures(text string, emit func(f string, unigram bool)) {
	// (the field names of a JSON event and of a log line are not its
	// words, as for the rules)
	text = withoutLogKeys(withoutJSONKeys(plainQuotes(text)))
	prev := ""
	word := func(w string) {
		emit(w, true)
		if prev != "" {
			emit(prev+" "+w, false)
		}
		prev = w
	}
	for _, chunk := range strings.FieldsFunc(text, statSeparator) {
		switch kind := statChunkKind(chunk); kind {
		case "":
			statWords(chunk, word)
		case "-":
		default:
			word(kind)
		}
	}
}

// statSeparator splits a text into chunks: spaces and the punctuation that
// does not hold addresses, hosts and codes together.
func statSeparator(r rune) bool {
	switch r {
	case '.', '@', ':', '-', '_', '/', '[', ']':
		return false
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// statChunkKind names a chunk that stands for its kind ("_addr", "_ip",
// "_host", "_url", "_code5"), "-" for one left out (a number), and "" for
// one read as words.
func statChunkKind(c string) string {
	c = strings.Trim(c, ".:-_/[]")
	if c == "" {
		return "-"
	}
	letters, digits, dots, colons := 0, 0, 0, 0
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= '0' && b <= '9':
			digits++
		case b == '.':
			dots++
		case b == ':':
			colons++
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			letters++
		case b >= 0x80:
			letters++
		}
	}
	switch {
	case strings.Contains(c, "://"):
		return "_url"
	case strings.Contains(c, "@"):
		return "_addr"
	case letters == 0 && digits == 3 && len(c) == 3 && c[0] >= '2' && c[0] <= '5':
		return "_code" + c[:1]
	case letters == 0 && dots == 2 && digits >= 3 && len(c) <= 9 && (c[0] == '2' || c[0] == '4' || c[0] == '5') && c[1] == '.':
		return "_code" + c[:1]
	case letters == 0 && digits > 0 && dots == 3 || colons >= 2 && digits+letters > 0 && letters <= 12 && !strings.ContainsAny(c, "ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ"):
		return "_ip"
	case letters == 0:
		return "-"
	case dots > 0 && statHost(c):
		return "_host"
	}
	return ""
}

// statHost reports a dotted name of at least two labels whose last is a
// top-level domain of letters (not a sentence that lost its space: its
// labels after the first are lower case and short words are few).
func statHost(c string) bool {
	labels := strings.Split(c, ".")
	if len(labels) < 2 {
		return false
	}
	tld := labels[len(labels)-1]
	if len(tld) < 2 || len(tld) > 10 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	return true
}

// statWords splits a chunk into lower-case words: at anything not a letter,
// at a capital after a small letter (QuotaExceeded), and in a script
// written without spaces every two neighbouring characters. One-letter
// words of other scripts are left out.
func statWords(c string, word func(string)) {
	start := -1
	var prevLower bool
	prevCJK := ""
	flush := func(end int) {
		if start >= 0 {
			if w := c[start:end]; utf8.RuneCountInString(w) > 1 {
				word(strings.ToLower(w))
			}
		}
		start = -1
	}
	for i, r := range c {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			flush(i)
			// two neighbouring characters: a word more often than one
			if prevCJK != "" {
				word(prevCJK + string(r))
			}
			prevCJK = string(r)
			prevLower = false
			continue
		case unicode.IsLetter(r):
			if start >= 0 && prevLower && unicode.IsUpper(r) {
				flush(i)
			}
			if start < 0 {
				start = i
			}
			prevLower = unicode.IsLower(r)
		default:
			flush(i)
			prevLower = false
		}
		prevCJK = ""
	}
	flush(len(c))
}

// statRowFeatures is the set of features of one input, in first-seen order.
func statRowFeatures(in string) []string {
	var out []string
	seen := map[string]bool{}
	statFeatures(in, func(f string, _ bool) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	})
	return out
}

// trainStat builds the model from rows (their features and categories):
// each feature counted once per row, features seen in fewer than minRows
// rows left out.
func trainStat(feats [][]string, cats []Category, minRows int) *statModel {
	catIdx := map[Category]int{}
	for i, c := range Categories {
		catIdx[c] = i
	}
	nc := len(Categories)
	counts := map[string][]uint32{}
	m := &statModel{total: make([]uint32, nc), rows: make([]uint32, nc)}
	for i, fs := range feats {
		c := catIdx[cats[i]]
		m.rows[c]++
		for _, f := range fs {
			v := counts[f]
			if v == nil {
				v = make([]uint32, nc)
				counts[f] = v
			}
			v[c]++
		}
	}
	var keys []string
	for f, v := range counts {
		n := uint32(0)
		for _, x := range v {
			n += x
		}
		if int(n) >= minRows {
			keys = append(keys, f)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	m.offs = make([]uint32, 0, len(keys)+1)
	m.post = make([]uint32, 0, len(keys)+1)
	for _, f := range keys {
		m.offs = append(m.offs, uint32(b.Len()))
		m.post = append(m.post, uint32(len(m.ent)))
		b.WriteString(f)
		for c, x := range counts[f] {
			if x > 0 {
				m.ent = append(m.ent, uint32(c)<<24|x)
				m.total[c] += x
			}
		}
	}
	m.offs = append(m.offs, uint32(b.Len()))
	m.post = append(m.post, uint32(len(m.ent)))
	m.feats = b.String()
	return m
}
