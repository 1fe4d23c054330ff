package explain

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unsafe"
)

// A multi-pattern matcher (Aho–Corasick automaton over byte classes: dense
// transition rows for the root and the states one byte deep, edge lists and
// failure links below). Patterns are matched case-insensitively (ASCII): the
// input is folded through a byte→class table while scanning, so Explain never
// lowers or copies the reply text. One pass over the text finds every keyword
// of every rule at once; the cost is linear in the text, not in the table
// size, and building the automaton is linear in the patterns' characters (it
// is built on the first text scanned: a bare code never builds it).

// maxPatterns bounds the distinct keywords of the table (a patternSet is a
// bitset of them, zeroed per reply: 3.5 KiB, borrowed from a pool where it
// would sit on explainDepth's frame). The localized vocabulary of
// rules_intl7.go brought the table to ~3,500 keywords, session 8's
// per-language and per-product lists past 8,192, session 15's concept word
// families (by language and by last-hop kind) past 16,384 (~17,200 then),
// session 16's batches to 19,179 of 20,480; session 17 raised it to 24,576
// for the tables still to come. A new bound costs the per-reply zeroing of
// the set: on the log path, main after the raise ran at 1.006 of main
// before it (session 15); session 17's raise (with maxRules 2,048 -> 3,072)
// counted 3.78 G instructions against 3.82 G before for
// BenchmarkExplainPostfixLog -benchtime 3x under callgrind (docs/speed.md).
// Session 22's batches (eight helpers merged at once) passed 24,576:
// raised to 28,672 (3.5 KiB per set).
const maxPatterns = 28672

type patternSet [maxPatterns / 64]uint64

// patternSets lends the sets of explainDepth, whose frame is on the stack
// of every explanation: 2 KiB there would grow the main goroutine's first
// 8 KiB stack for `smtpgw explain 421` (TestExplainBareCodeFitsFirstStack).
var patternSets = sync.Pool{New: func() any { return new(patternSet) }}

func getPatternSet() *patternSet { return patternSets.Get().(*patternSet) }

// putPatternSet clears s and returns it to the pool.
func putPatternSet(s *patternSet) {
	*s = patternSet{}
	patternSets.Put(s)
}

func (s *patternSet) add(i int32)      { s[i>>6] |= 1 << (uint(i) & 63) }
func (s *patternSet) has(i int32) bool { return s[i>>6]&(1<<(uint(i)&63)) != 0 }

// first is the first of ids in the set, or -1.
func (s *patternSet) first(ids []int32) int32 {
	for _, id := range ids {
		if s.has(id) {
			return id
		}
	}
	return -1
}

type matcher struct {
	class  [256]uint8 // folded byte → class; 0 = a byte no pattern contains
	nclass int32
	// the automaton as scanned. States are numbered so that the children
	// of a state are consecutive states, and a state's first child is
	// numbered right after it when the state is the first child of its
	// parent (a keyword's tail is a run of states): a step reads the
	// state's node, the labels of its children (one short run of bytes)
	// and, on a miss, its failure link. The root and the states one byte
	// deep (0 to nDense-1) have complete rows instead, where the scan
	// spends most of its time.
	nDense   int32
	dense    []int32          // nDense rows of nclass transitions, failures resolved
	node     []int32          // state → (its first child − itself − 1)<<8 | its number of children (0: none)
	label    string           // state → the byte class of the edge into it, plus labelBias
	fail     []int32          // state → the longest proper suffix that is a trie state
	hasOut   []uint64         // state → some pattern ends here (a bit a state)
	outRank  []int32          // word of hasOut → the states with outputs before it
	outStart []int32          // the n-th state with outputs → its first output in outs (and one more entry)
	outs     []int32          // the patterns ending at each state with outputs (including via fail links), a run per state
	patText  string           // the patterns, one after another
	patOff   []int32          // pattern id → its start in patText (and one more entry: the end)
	flags    []uint8          // pattern id → flagWordStart, flagWordEnd, flagName, flagPhrase
	byText   []int32          // pattern ids in the order of their text (lookup)
	patterns []string         // the patterns (while they are registered, and compile)
	variants []variant        // other case forms of non-ASCII patterns (compile)
	index    map[string]int32 // (while patterns are registered)
	once     sync.Once        // compile runs on the first scan of a non-empty text
}

// The flags of a pattern.
const (
	flagWordStart = 1 << iota // must start a word (isShortWord)
	flagWordEnd               // may run on into at most maxRunOn letters (isShortWord, not isStem)
	flagName                  // a name, read inside host names too (markName, isName)
	flagPhrase                // a phrase whose first word starts a word of the text (isPhrase)
)

func newMatcher() *matcher { return &matcher{} }

// id registers a (lower-case) pattern and returns its id.
//
// The automaton folds ASCII letters while scanning. A pattern with other
// letters ("benutzer unbekannt" is ASCII, "empfänger unbekannt",
// "пользователь не найден" are not) is also entered in its other usual
// cases — upper case, first letter capitalised, every word capitalised —
// under the same id, so that "Empfänger unbekannt" and "ПОЛЬЗОВАТЕЛЬ НЕ
// НАЙДЕН" match as well.
func (m *matcher) id(p string) int32 {
	ascii := isASCII(p)
	if ascii {
		p = lowerASCII(p)
	} else {
		p = strings.ToLower(p)
	}
	if i, ok := m.index[p]; ok {
		return i
	}
	i := int32(len(m.patterns))
	if i >= maxPatterns {
		panic("explain: too many keyword patterns")
	}
	m.patterns = append(m.patterns, p)
	var f uint8
	if ascii && isShortWord(p) {
		f |= flagWordStart
		if !isStem(p) && !isCompoundHead(p) {
			f |= flagWordEnd
		}
	}
	if ascii && isPhrase(p) {
		f |= flagPhrase
	}
	if isName(p) {
		f |= flagName
	}
	m.flags = append(m.flags, f)
	if m.index == nil { // (the engine of bare codes registers no pattern)
		m.index = map[string]int32{}
	}
	m.index[p] = i
	apostrophe := strings.IndexByte(p, '\'') >= 0
	if ascii && !apostrophe {
		return i
	}
	forms := []string{p}
	if !ascii {
		forms = append(forms, strings.ToUpper(p), capitalise(p, false), capitalise(p, true))
	}
	// French, Italian and Catalan texts (Thunderbird's, Microsoft's) write
	// the apostrophe typographically: "n’autorise pas" is the pattern
	// "n'autorise pas" as well.
	if apostrophe {
		for _, f := range forms {
			forms = append(forms, strings.ReplaceAll(f, "'", "\u2019"))
		}
	}
	seen := map[string]bool{p: true}
	for _, v := range forms[1:] {
		if !seen[v] {
			seen[v] = true
			m.variants = append(m.variants, variant{v, i})
		}
	}
	return i
}

// markName marks a (registered) pattern as a name: the name of a provider,
// a product or a blocklist, read inside host names too.
func (m *matcher) markName(p string) { m.flags[m.id(p)] |= flagName }

// pattern is the text of pattern i.
func (m *matcher) pattern(i int32) string { return m.patText[m.patOff[i]:m.patOff[i+1]] }

// npatterns is the number of patterns.
func (m *matcher) npatterns() int { return len(m.patOff) - 1 }

// sortIndex fills patText, patOff and byText, once every pattern is
// registered.
func (m *matcher) sortIndex() {
	var b strings.Builder
	m.patOff = make([]int32, 0, len(m.patterns)+1)
	for _, p := range m.patterns {
		m.patOff = append(m.patOff, int32(b.Len()))
		b.WriteString(p)
	}
	m.patOff = append(m.patOff, int32(b.Len()))
	m.patText = b.String()
	m.byText = make([]int32, len(m.patterns))
	for i := range m.byText {
		m.byText[i] = int32(i)
	}
	slices.SortFunc(m.byText, func(a, b int32) int { return strings.Compare(m.patterns[a], m.patterns[b]) })
}

// lookup is the id of the (lower-case) pattern p.
func (m *matcher) lookup(p string) (int32, bool) {
	k, ok := slices.BinarySearchFunc(m.byText, p, func(id int32, p string) int { return strings.Compare(m.pattern(id), p) })
	if !ok {
		return -1, false
	}
	return m.byText[k], true
}

// variant is another spelling of a pattern, matched under its id.
type variant struct {
	s  string
	id int32
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// capitalise upper-cases the first letter of s, or of every word.
func capitalise(s string, everyWord bool) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start && unicode.IsLetter(r) {
			r = unicode.ToUpper(r)
			start = false
		}
		if everyWord && (r == ' ' || r == '-') {
			start = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lowerASCII folds A-Z to a-z; s itself when it has no upper-case letter,
// else one allocation.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b)) // b is new and never written again
}

// indexFold is strings.Index(lowerASCII(s), sub) without the copy; sub is
// lower-case ASCII. It looks only where the rarest byte of sub occurs
// (anchored.go): a byte that folding leaves alone, else a letter in either
// case.
func indexFold(s, sub string) int { return indexFoldBy(s, sub, foldAnchorOf(sub)) }

// foldAnchor is where indexFold looks for a needle (foldAnchorOf), worked
// out once for a needle searched for again and again.
type foldAnchor struct {
	how uint8 // foldAtByte, foldAtLetter or foldScan
	at  int
}

const (
	foldAtByte = iota
	foldAtLetter
	foldScan
)

// foldAnchorOf chooses the anchor of sub (lower-case ASCII).
func foldAnchorOf(sub string) foldAnchor {
	k, nl := foldAnchors(sub)
	if nl >= 0 && (logByteCommonness[sub[nl]] < 90 || !('a' <= sub[k] && sub[k] <= 'z')) {
		return foldAnchor{foldAtByte, nl} // (not on a space or a dot when a letter is rarer)
	}
	if k >= 0 && 'a' <= sub[k] && sub[k] <= 'z' {
		return foldAnchor{foldAtLetter, k}
	}
	return foldAnchor{foldScan, 0}
}

// indexFoldBy is indexFold(s, sub) with sub's anchor a.
func indexFoldBy(s, sub string, a foldAnchor) int {
	switch a.how {
	case foldAtByte:
		return indexFoldAt(s, sub, a.at)
	case foldAtLetter:
		return indexFoldLetterAt(s, sub, a.at)
	}
	return indexFoldScan(s, sub)
}

// indexFoldLetterAt is indexFold anchored on sub[k], a lower-case letter:
// the places where it occurs in either case.
func indexFoldLetterAt(s, sub string, k int) int {
	n := len(sub)
	lo := sub[k]
	up := lo - ('a' - 'A')
	last := len(s) - n + k
	nl, nu := -2, -2 // the next lower- and upper-case anchor at or after i (-1: none left, -2: not looked for)
	for i := k; i <= last; {
		if nl != -1 && nl < i {
			if nl = strings.IndexByte(s[i:last+1], lo); nl >= 0 {
				nl += i
			}
		}
		if nu != -1 && nu < i {
			if nu = strings.IndexByte(s[i:last+1], up); nu >= 0 {
				nu += i
			}
		}
		j := nl
		if j < 0 || nu >= 0 && nu < j {
			j = nu
		}
		if j < 0 {
			return -1
		}
		if equalFoldLower(s[j-k:j-k+n], sub) {
			return j - k
		}
		i = j + 1
	}
	return -1
}

// indexFoldScan is indexFold looking at every byte.
func indexFoldScan(s, sub string) int {
	n := len(sub)
	if n == 0 {
		return 0
	}
	c0 := sub[0]
	up := c0
	if 'a' <= c0 && c0 <= 'z' {
		up -= 'a' - 'A'
	}
	for i := 0; i+n <= len(s); i++ {
		if c := s[i]; c != c0 && c != up {
			continue
		}
		if equalFoldLower(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// equalFoldLower reports whether s folded to lower case (ASCII) is low.
func equalFoldLower(s, low string) bool {
	for j := 0; j < len(low); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[j] {
			return false
		}
	}
	return true
}

// compile builds the automaton from the registered patterns (a matcher
// of the generated engine is compiled already: then it returns without
// taking build's 5.5 KB frame, which the first scan of a process's first
// text would take on top of explainDepth's, and so grow the goroutine's
// stack from 8 to 16 KiB).
func (m *matcher) compile() {
	if m.fail != nil {
		return
	}
	m.build()
}

// build is compile's work.
//
//go:noinline
func (m *matcher) build() {
	if m.patOff == nil { // (a matcher of its own, not an engine's: finish packs those)
		m.sortIndex()
	}
	// every spelling of every pattern, under its id
	entries := make([]variant, 0, len(m.patterns)+len(m.variants))
	for i, p := range m.patterns {
		entries = append(entries, variant{p, int32(i)})
	}
	entries = append(entries, m.variants...)
	// byte classes (A-Z share the class of a-z), the most frequent bytes
	// first (their labels are printable characters: labelBias)
	var freq [256]int
	for _, e := range entries {
		for i := 0; i < len(e.s); i++ {
			c := e.s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			freq[c]++
		}
	}
	var bytesUsed []byte
	for c, n := range freq {
		if n > 0 {
			bytesUsed = append(bytesUsed, byte(c))
		}
	}
	if len(bytesUsed) > 255-labelBias {
		panic("explain: too many distinct bytes in keywords")
	}
	slices.SortStableFunc(bytesUsed, func(a, b byte) int { return freq[b] - freq[a] })
	for i, c := range bytesUsed {
		m.class[c] = uint8(i + 1)
	}
	m.nclass = int32(len(bytesUsed) + 1)
	for c := 'A'; c <= 'Z'; c++ {
		m.class[c] = m.class[c+'a'-'A']
	}
	// The trie, as first-child/next-sibling lists (0 is "none": no edge
	// leads back to the root). The cost of building it is linear in the
	// characters of the patterns, not in states × byte classes.
	nc := m.nclass
	total := 1
	for _, e := range entries {
		total += len(e.s)
	}
	child := make([]int32, 1, total)
	sibling := make([]int32, 1, total)
	label := make([]uint8, 1, total)
	outs := map[int32][]int32{}
	for _, e := range entries {
		s := int32(0)
		for i := 0; i < len(e.s); i++ {
			x := m.class[e.s[i]]
			n := child[s]
			for n != 0 && label[n] != x {
				n = sibling[n]
			}
			if n == 0 {
				n = int32(len(child))
				child = append(child, 0)
				sibling = append(sibling, child[s])
				label = append(label, x)
				child[s] = n
			}
			s = n
		}
		outs[s] = append(outs[s], e.id)
	}
	states := len(child)
	// Number the states: visiting a state (depth first, the root first)
	// numbers all its children, consecutively, before their own children.
	// So the root's children are 1 to nDense-1, and a run of only
	// children (a keyword's tail) is a run of consecutive states.
	newID := make([]int32, states)
	order := make([]int32, 1, states) // new → trie state
	stack := []int32{0}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		first := len(order)
		for c := child[s]; c != 0; c = sibling[c] {
			newID[c] = int32(len(order))
			order = append(order, c)
		}
		for k := len(order) - 1; k >= first; k-- {
			stack = append(stack, order[k])
		}
	}
	m.node = make([]int32, states)
	lab := make([]byte, states)
	for s, old := range order {
		lab[s] = label[old] + labelBias
		n := int32(0)
		for c := child[old]; c != 0; c = sibling[c] {
			n++
		}
		if n > 0 {
			m.node[s] = (newID[child[old]]-int32(s)-1)<<8 | n
		}
	}
	m.label = string(lab)
	// Dense rows (complete transitions, failures resolved) for the root and
	// the states one byte deep.
	m.nDense = 1 + m.node[0]&0xff
	m.dense = make([]int32, int(m.nDense)*int(nc))
	for c := m.firstChild(0); c < m.nDense; c++ {
		m.dense[m.label[c]-labelBias] = c
	}
	for s := int32(1); s < m.nDense; s++ {
		r := m.dense[s*nc : (s+1)*nc]
		copy(r, m.dense[:nc]) // fail is the root
		for c, end := m.firstChild(s), m.firstChild(s)+m.node[s]&0xff; c < end; c++ {
			r[m.label[c]-labelBias] = c
		}
	}
	// failure links and outputs, breadth first
	m.fail = make([]int32, states)
	out := make([][]int32, states)
	queue := make([]int32, 0, states)
	queue = append(queue, 0)
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s == 0 {
			out[0] = outs[0]
		} else if o, of := outs[order[s]], out[m.fail[s]]; len(o) > 0 || len(of) > 0 {
			out[s] = append(append(make([]int32, 0, len(o)+len(of)), o...), of...)
		}
		for c, end := m.firstChild(s), m.firstChild(s)+m.node[s]&0xff; c < end; c++ {
			if s != 0 {
				m.fail[c] = m.step(m.fail[s], m.label[c]-labelBias)
			}
			queue = append(queue, c)
		}
	}
	m.hasOut = make([]uint64, (states+63)/64)
	m.outRank = make([]int32, len(m.hasOut))
	m.outStart = make([]int32, 0, len(m.patterns)+1)
	m.outs = make([]int32, 0, len(entries))
	for s, o := range out {
		if s&63 == 0 {
			m.outRank[s>>6] = int32(len(m.outStart))
		}
		if len(o) > 0 {
			m.hasOut[s>>6] |= 1 << (uint(s) & 63)
			m.outStart = append(m.outStart, int32(len(m.outs)))
			m.outs = append(m.outs, o...)
		}
	}
	m.outStart = append(m.outStart, int32(len(m.outs)))
}

// firstChild is the first of the consecutive children of state s (when
// it has any: node[s]&0xff).
func (m *matcher) firstChild(s int32) int32 { return s + 1 + m.node[s]>>8 }

// labelBias is added to a byte class in label: the classes of the most
// frequent bytes are printable characters there, which keeps the string
// short in engine_gen.go.
const labelBias = 31

// step is the transition from state s on byte class x.
func (m *matcher) step(s int32, x uint8) int32 {
	for {
		if s < m.nDense {
			return m.dense[s*m.nclass+int32(x)]
		}
		if n := m.node[s]; n != 0 {
			c := s + 1 + n>>8
			lab := m.label[c : c+n&0xff]
			for j := 0; j < len(lab); j++ {
				if lab[j] == x+labelBias {
					return c + int32(j)
				}
			}
		}
		s = m.fail[s]
	}
}

// outputs are the patterns that end at state s.
func (m *matcher) outputs(s int32) []int32 {
	w, bit := s>>6, uint64(1)<<(uint(s)&63)
	if m.hasOut[w]&bit == 0 {
		return nil
	}
	k := m.outRank[w] + int32(bits.OnesCount64(m.hasOut[w]&(bit-1)))
	return m.outs[m.outStart[k]:m.outStart[k+1]]
}

// scan marks in set every pattern that occurs in the wording of text, and
// appends the ids of the patterns found to found, once each.
//
// Identifiers are not wording: an e-mail address (a <...@...> token or a
// bare local@domain word, such as <spammer@example.test>), and any other
// <...> token without white space (Postfix's <host[ip]> and <helo-name>,
// the values of log fields from=<..> to=<..> helo=<..>) are left out, so
// that a keyword in a local part or a host name does not decide the
// category. The angle brackets themselves stay ("please try <" matches);
// <URL> tokens stay whole, since blocklist and provider names are in them.
func (m *matcher) scan(text string, set *patternSet, found []int32) []int32 {
	if text == "" {
		return found // a bare code: the automaton is not even built
	}
	m.once.Do(m.compile)
	// Turkish writes the capital of i as İ (U+0130), which neither the
	// automaton's ASCII folding nor a pattern's capitalised variants read:
	// "İleti çok büyük" would not match "ileti". It is read as i (batch
	// 23-lang); the text scanned is only this copy.
	if strings.IndexByte(text, 0xc4) >= 0 && strings.Contains(text, "\u0130") {
		text = strings.ReplaceAll(text, "\u0130", "i")
	}
	if strings.IndexByte(text, '<') < 0 && strings.IndexByte(text, '@') < 0 {
		_, found = m.feed(0, text, set, found)
		return found
	}
	s := int32(0)
	pos := 0
	for pos < len(text) {
		a, b := nextIdentifier(text, pos)
		if a < 0 {
			_, found = m.feed(s, text[pos:], set, found)
			break
		}
		s, found = m.feed(s, text[pos:a], set, found)
		pos = b
	}
	return found
}

// feed runs the automaton over text from state s.
func (m *matcher) feed(s int32, text string, set *patternSet, found []int32) (int32, []int32) {
	for i := 0; i < len(text); i++ {
		s = m.step(s, m.class[text[i]])
		if m.hasOut[s>>6]&(1<<(uint(s)&63)) != 0 {
			for _, p := range m.outputs(s) {
				if set.has(p) {
					continue
				}
				st := i + 1 - len(m.pattern(p))
				if f := m.flags[p]; f&flagWordStart != 0 {
					// a short one-word keyword starts a word: "virus" is not
					// found in "antivirus", nor "score" in "underscore"
					// nor "spam" in an identifier ("help_spam_16.htm")
					if st > 0 && (isAlnum(text[st-1]) || text[st-1] == '_') && !afterCompoundHead(text, st) {
						continue
					}
					// nor a name it begins inside a host name ("mime" in
					// "community.mimecast.com", "spam" in "spamhaus.org")
					if inHostLabel(text, i+1) {
						continue
					}
					// and it ends the word or runs on into an ending only
					// ("blocked", "spammer", "quotas"), not into a longer
					// word: "konta" (Polish: account) is not found in
					// "kontaktieren", nor "spam" in "SpamAssassin"
					if f&flagWordEnd != 0 && runOn(text, i+1, m.pattern(p)) > maxRunOn && !intoCompoundTail(text, i+1) {
						continue
					}
					// and it is a word of the reply, not a label of a
					// dotted name or a part of a file path ("daily" in
					// cron.daily, "spool" in /var/spool/mqueue), unless it
					// is a name (isName: "spamhaus" in zen.spamhaus.org)
					if f&flagName == 0 && inIdentifier(text, max(st, 0), i+1) {
						continue
					}
				}
				if m.flags[p]&flagPhrase != 0 && st > 0 && isAlpha(text[st-1]) && !afterCompoundHead(text, st) {
					// a phrase starts a word: "listed in" is not found
					// in "unlisted in", nor "ip blocked" in "zip blocked"
					continue
				}
				if negated(text[:max(st, 0)]) {
					// "not listed in the directory" says the opposite of
					// "listed in"; keywords that mean a negation start
					// with it ("not found") and are not affected
					continue
				}
				set.add(p)
				found = append(found, p)
			}
		}
	}
	return s, found
}

// inHostLabel reports whether a keyword that ends at text[end] is the start
// of a longer name that is a label of a host name: letters or digits go on
// after it, and the name ends in a dot followed by a letter
// ("mimecast.com"). A keyword that is a whole word, or the stem of a longer
// word of the sentence ("spammer", "throttled"), is not in a host label.
func inHostLabel(text string, end int) bool {
	if end >= len(text) || !isAlnum(text[end]) {
		return false
	}
	j := end
	for j < len(text) && (isAlnum(text[j]) || text[j] == '-') {
		j++
	}
	return j+1 < len(text) && text[j] == '.' && isAlpha(text[j+1])
}

// negated reports whether before (the text in front of a keyword) ends with
// a negation word, "not " or "n't ", in any case. "can not " and "can't "
// are spellings of "cannot", which states that an action failed ("can not
// connect to any SMTP server"), as the one-word spelling does: they do not
// negate the keyword (held-out batch 15-app).
func negated(before string) bool {
	n := len(before)
	if n < 4 || before[n-1] != ' ' {
		return false
	}
	w := before[n-4 : n-1]
	if strings.EqualFold(w, "not") && (n == 4 || !isAlnum(before[n-5])) {
		return !modalCan(before[:n-4])
	}
	return strings.EqualFold(w, "n't") && !modalCan(before[:n-3])
}

// modalCan reports whether before ends with the word "can" (followed by a
// space, as in "can not", or not, as in "can't").
func modalCan(before string) bool {
	before = strings.TrimSuffix(before, " ")
	n := len(before)
	return n >= 3 && strings.EqualFold(before[n-3:], "can") && (n == 3 || !isAlnum(before[n-4]))
}

// maxIdentifier bounds a <...> token (an address is at most 254 octets).
const maxIdentifier = 320

// nextIdentifier finds the next identifier at or after from: the inside of
// a <...> token without white space (not a URL, not an Exchange "<#5.1.1"
// code), or an address local@domain. It returns the span [a, b) to leave
// out, or a = -1.
func nextIdentifier(text string, from int) (int, int) {
	for from < len(text) {
		k := strings.IndexAny(text[from:], "<@")
		if k < 0 {
			return -1, -1
		}
		k += from
		if text[k] == '<' {
			end := k + 1
			for end < len(text) && end-k <= maxIdentifier {
				c := text[end]
				if c == '>' || c == '<' || c == ' ' || c == '\t' || c == '\n' || c == '\r' {
					break
				}
				end++
			}
			if end < len(text) && text[end] == '>' && end > k+1 && text[k+1] != '#' && !strings.Contains(text[k+1:end], "://") && !isLineEndName(text[k+1:end]) {
				return k + 1, end
			}
			from = k + 1
			continue
		}
		// '@': the address around it
		a := k
		for a > from && isLocalPartChar(text[a-1]) {
			a--
		}
		b := k + 1
		for b < len(text) && isDomainChar(text[b]) {
			b++
		}
		for b > k+1 && text[b-1] == '.' {
			b-- // "user@host.example..." (Sendmail) or the end of a sentence
		}
		if a == k && b == k+1 {
			from = k + 1 // a lone '@'
			continue
		}
		if k-a == len("abuse") && strings.EqualFold(text[a:k], "abuse") {
			// the receiver's abuse desk ("Please contact abuse@corp.mail.ru",
			// "Write to abuse@...") is a word of the reply: only the domain
			// is left out, so that a refusal naming its abuse desk reads as
			// one (prov25.contact-abuse-desk; held-out batch 25-prov b)
			return k, b
		}
		return a, b
	}
	return -1, -1
}

func isLocalPartChar(c byte) bool {
	if isDigit(c) || isAlpha(c) {
		return true
	}
	switch c {
	case '.', '!', '#', '$', '%', '&', '*', '+', '-', '?', '^', '_', '`', '{', '|', '}', '~':
		return true
	}
	return false
}

func isDomainChar(c byte) bool {
	return isDigit(c) || isAlpha(c) || c == '.' || c == '-' || c == '_'
}

// isLineEndName: <CR>, <LF>, <CRLF> name characters ("bare <LF> received",
// "End data with <CR><LF>.<CR><LF>"): wording, not an identifier.
func isLineEndName(s string) bool {
	return strings.EqualFold(s, "lf") || strings.EqualFold(s, "cr") || strings.EqualFold(s, "crlf")
}

// maxRunOn is how many letters a short keyword may run on into: an
// inflection ("-s", "-ed", "-ing", "-er", "-ers", "-ies"), not a longer word.
const maxRunOn = 3

// runOn counts the ASCII letters and digits that follow the keyword kw at
// text[:end] in the same word; a doubled last letter ("spam" in "spamming")
// is not counted, and a capital letter after a small one starts another
// word. A byte of a non-ASCII letter ends the count: a Latin
// keyword in Chinese or Japanese text ("TLS，") has no space after it.
func runOn(text string, end int, kw string) int {
	j := end
	if j < len(text) && text[j]|0x20 == kw[len(kw)-1] {
		j++ // kw is lower-case ASCII letters (isShortWord)
	}
	k := j
	for k < len(text) && isAlnum(text[k]) {
		if 'A' <= text[k] && text[k] <= 'Z' && 'a' <= text[k-1] && text[k-1] <= 'z' {
			break // a CamelCase name: "MailgunError", "AccountSuspendedException"
		}
		k++
	}
	return k - j
}

// isStem: short keywords that are the stems of longer words of the same
// meaning ("auth" of "authentication", "disk" of "diskspace", German
// "speicher" of "Speicherplatz") run on into any word they begin. Every
// other short keyword is a word: it may take an ending (maxRunOn) but does
// not match the beginning of another word.
func isStem(p string) bool {
	switch p {
	case "auth", "attach", "connect", "max", "verif", "negat", "disk", "speicher", "postfach":
		return true
	}
	return false
}

// compoundHeads are the first parts of the German, Dutch and Scandinavian
// compounds that mail replies write as one word with the noun a keyword
// names: "Empfängerpostfach ist voll", "ontvangersmailbox zit vol",
// "Absenderdomain nicht gefunden". After one of them a keyword starts a
// word (afterCompoundHead), as it does after a space. Only nouns of a
// message's parties and of mail itself: no English word ends in them
// before another noun (helper kinds23).
var compoundHeads = [...]string{
	// German
	"empfänger", "empfängers", "absender", "absenders", "benutzer", "benutzers", "nutzer", "postfach", "postfachs", "e-mail", "nachrichten",
	// Dutch
	"ontvanger", "ontvangers", "afzender", "afzenders", "gebruiker", "gebruikers",
	// Swedish, Danish, Norwegian
	"mottagar", "mottagare", "mottagarens", "avsändar", "avsändare", "användar", "användare", "e-post",
	"modtager", "modtagers", "mottaker", "mottakers", "afsender", "afsenders", "avsender", "avsenders", "bruger", "brugers", "bruker", "brukers",
}

// partyHeads are the compound heads that name a message's sender or
// recipient. As keywords they run on into the compound they begin, as a
// stem does ("afzender" in "Afzenderdomein", "mottagar" in
// "Mottagaradressen"); the others do not ("Benutzername" is a login name,
// not a user). (Static data, as compoundHeads: no call at package init.)
var partyHeads = [...]string{
	"empfänger", "empfängers", "absender", "absenders", // German
	"ontvanger", "ontvangers", "afzender", "afzenders", // Dutch
	"mottagar", "mottagare", "mottagarens", "avsändar", "avsändare", // Swedish
	"modtager", "modtagers", "mottaker", "mottakers", "afsender", "afsenders", "avsender", "avsenders", // Danish, Norwegian
}

// compoundTails are the last parts of German, Dutch and Scandinavian
// compounds whose first part is a keyword of its own: "Spam|verdacht"
// (suspected spam), "Spam|filter", "Viren|prüfung", "spam|controle",
// "spam|mistanke". A short keyword may run on into one of them
// (intoCompoundTail), as into an ending. Only nouns of checking, suspecting
// and blocking, which say nothing of their own (helper kinds23).
var compoundTails = [...]string{"verdacht", "filter", "schutz", "prüfung", "erkennung", "sperre", "kontrolle", "controle", "mistanke", "misstanke", "kontroll"}

// intoCompoundTail reports a keyword ending at text[end] that runs on into
// one of compoundTails, which ends the word (but for an ending).
func intoCompoundTail(text string, end int) bool {
	for _, t := range compoundTails {
		if len(text)-end >= len(t) && equalFoldLatin(text[end:end+len(t)], t) {
			k := end + len(t)
			for k < len(text) && isAlpha(text[k]) && k-end-len(t) <= maxRunOn {
				k++
			}
			return k-end-len(t) <= maxRunOn
		}
	}
	return false
}

// isCompoundHead: a keyword that is one of partyHeads runs on into the
// compound it begins.
func isCompoundHead(p string) bool { return slices.Contains(partyHeads[:], p) }

// maxCompoundHead is the length in bytes of the longest compound head.
const maxCompoundHead = 12

// afterCompoundHead reports a keyword at text[st:] whose word begins with
// one of compoundHeads right before it ("Empfänger|postfach"): the word
// back from st (letters, bytes of non-ASCII letters and hyphens) is a head,
// in any case.
func afterCompoundHead(text string, st int) bool {
	ws := st
	for ws > 0 && st-ws <= maxCompoundHead && (isAlpha(text[ws-1]) || text[ws-1] >= 0x80 || text[ws-1] == '-') {
		ws--
	}
	n := st - ws
	if n < 6 || n > maxCompoundHead {
		return false
	}
	for _, h := range compoundHeads {
		if len(h) == n && equalFoldLatin(text[ws:st], h) {
			return true
		}
	}
	return false
}

// equalFoldLatin compares s with the lower-case h, folding ASCII letters
// and the upper-case letters of Latin-1 ("Ä" to "ä": UTF-8 0xC3 0x80-0x9E
// to 0xC3 0xA0-0xBE).
func equalFoldLatin(s, h string) bool {
	for i := 0; i < len(h); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || i > 0 && s[i-1] == 0xC3 && 0x80 <= c && c <= 0x9E && c != 0x97 {
			c += 0x20
		}
		if c != h[i] {
			return false
		}
	}
	return true
}

// isPhrase: a keyword of several words that starts with a letter must
// start a word of the text, as a short word must (isShortWord): "listed in"
// is not found in "unlisted in", nor "ip blocked" in "zip blocked". Its
// first word may be the tail of a compound written as one word (joinsBefore:
// "size limit" in "mailsize limit", "mail address" in "email address",
// "try later" in "retry later").
func isPhrase(p string) bool {
	sp := strings.IndexByte(p, ' ')
	return sp > 0 && isAlpha(p[0]) && !joinsBefore(p[:sp])
}

// joinsBefore: words that end compounds written as one word ("mailsize",
// "filesize", "email", "webmail", "retry").
func joinsBefore(w string) bool {
	switch w {
	case "size", "mail", "try":
		return true
	}
	return false
}

// isShortWord: a keyword of one short word (letters only, up to 8) must
// start a word of the text, and end it but for an ending (maxRunOn) unless
// it is a stem (isStem); longer keywords and phrases match anywhere.
func isShortWord(p string) bool {
	if len(p) > 8 || p == "" {
		return false
	}
	for i := 0; i < len(p); i++ {
		if !isAlpha(p[i]) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

// inIdentifier reports whether the keyword at text[st:end] is a label of a
// dotted name or a part of a file path rather than a word of the reply: the
// token around it starts with "/" (a path), or a dot joins it to the name
// before it ("cron.daily") or to a small letter or digit after it
// ("quota.example"). A token with "://" (a help link) is read whole: a
// receiver's link names the provider, and its path the reason (urlReason).
// A label that starts with a capital after a dot is read: Exchange's
// identifiers ("RESOLVER.RST.AuthRequired", "SMTPSEND.DNS.NonExistentDomain")
// and a sentence that lost its space after the full stop ("over
// quota.Please try later") are words.
func inIdentifier(text string, st, end int) bool {
	var prev byte
	if st > 0 {
		prev = text[st-1]
	}
	dotBefore := prev == '.' && st >= 2 && isAlnum(text[st-2]) && !('A' <= text[st] && text[st] <= 'Z')
	j := end
	for j < len(text) && isAlnum(text[j]) {
		j++
	}
	dotAfter := j+1 < len(text) && text[j] == '.' && (isDigit(text[j+1]) || 'a' <= text[j+1] && text[j+1] <= 'z')
	if !dotBefore && !dotAfter && prev != '/' {
		return false // (most keywords: no token to look at)
	}
	a := st
	for a > 0 && st-a < maxIdentifier && !isTokenEnd(text[a-1]) {
		a--
	}
	b := end
	for b < len(text) && b-end < maxIdentifier && !isTokenEnd(text[b]) {
		b++
	}
	tok := text[a:b]
	if strings.Contains(tok, "://") {
		return false
	}
	if prev == '/' {
		// a segment of a software or host tag joined by slashes, the
		// segment itself an identifier with an underscore
		// ("(F-Secure/virusgw_smtp/virusgw1.sppd.example)": no virus
		// verdict; held-out batch 14-prov)
		seg := text[st:b]
		if k := strings.IndexByte(seg, '/'); k >= 0 {
			seg = seg[:k]
		}
		if strings.IndexByte(seg, '_') >= 0 {
			return true
		}
	}
	return dotBefore || dotAfter || tok[0] == '/' || strings.HasPrefix(tok, "~/")
}

// isTokenEnd: the bytes that end a token around a keyword (white space,
// quotes, brackets, list separators, "=" of a key=value field).
func isTokenEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '(', ')', '[', ']', '<', '>', '{', '}', ',', ';', '=':
		return true
	}
	return false
}

// isName: short keywords that name DNS lists and services and are read
// inside host names ("dnsbl.example", "multi.uribl.example",
// "mx00.gmx.example") although no rule about a named provider or blocklist
// holds them (those rules' keywords are marked by buildEngineOf).
func isName(p string) bool {
	switch p {
	case "dnsbl", "rbl", "dbl", "uribl", "surbl", "xbl", "sbl", "pbl", "rhsbl", "dnsrbl", "rblmx", "gmx", "mailgun", "ionos", "nullmx":
		return true
	}
	return false
}
