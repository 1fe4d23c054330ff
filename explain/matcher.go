package explain

import (
	"strings"
	"unsafe"
)

// A multi-pattern matcher (Aho–Corasick automaton compiled to a dense DFA over
// byte classes). Patterns are matched case-insensitively (ASCII): the input is
// folded through a byte→class table while scanning, so Explain never lowers
// or copies the reply text. One pass over the text finds every keyword of
// every rule at once; the cost is linear in the text, not in the table size.

const maxPatterns = 4096

type patternSet [maxPatterns / 64]uint64

func (s *patternSet) add(i int32)      { s[i>>6] |= 1 << (uint(i) & 63) }
func (s *patternSet) has(i int32) bool { return s[i>>6]&(1<<(uint(i)&63)) != 0 }

type matcher struct {
	class    [256]uint8 // folded byte → class; 0 = a byte no pattern contains
	nclass   int
	delta    []int32   // state*nclass + class → next state
	out      [][]int32 // state → patterns ending here (including via fail links)
	patterns []string
	index    map[string]int32
}

func newMatcher() *matcher { return &matcher{index: map[string]int32{}} }

// id registers a (lower-case) pattern and returns its id.
func (m *matcher) id(p string) int32 {
	p = lowerASCII(p)
	if i, ok := m.index[p]; ok {
		return i
	}
	i := int32(len(m.patterns))
	if i >= maxPatterns {
		panic("explain: too many keyword patterns")
	}
	m.patterns = append(m.patterns, p)
	m.index[p] = i
	return i
}

func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lower: no copy
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
	// b is not written after this: the string can share it (as
	// strings.Builder does), one allocation and one copy per call.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// compile builds the automaton from the registered patterns.
func (m *matcher) compile() {
	// byte classes
	m.nclass = 1
	for _, p := range m.patterns {
		for i := 0; i < len(p); i++ {
			if m.class[p[i]] == 0 {
				m.class[p[i]] = uint8(m.nclass)
				m.nclass++
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		m.class[c] = m.class[c+'a'-'A']
	}
	// trie
	type node struct {
		next map[uint8]int32
		fail int32
		out  []int32
	}
	nodes := []node{{next: map[uint8]int32{}}}
	for pi, p := range m.patterns {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := m.class[p[i]]
			n, ok := nodes[s].next[c]
			if !ok {
				n = int32(len(nodes))
				nodes = append(nodes, node{next: map[uint8]int32{}})
				nodes[s].next[c] = n
			}
			s = n
		}
		nodes[s].out = append(nodes[s].out, int32(pi))
	}
	// BFS: fail links and the dense transition table
	nc := m.nclass
	m.delta = make([]int32, len(nodes)*nc)
	m.out = make([][]int32, len(nodes))
	queue := []int32{}
	for c := 0; c < nc; c++ {
		if n, ok := nodes[0].next[uint8(c)]; ok {
			nodes[n].fail = 0
			m.delta[c] = n
			queue = append(queue, n)
		}
	}
	m.out[0] = nodes[0].out
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := nodes[s].fail
		m.out[s] = append(append([]int32(nil), nodes[s].out...), m.out[f]...)
		for c := 0; c < nc; c++ {
			if n, ok := nodes[s].next[uint8(c)]; ok {
				nodes[n].fail = m.delta[int(f)*nc+c]
				m.delta[int(s)*nc+c] = n
				queue = append(queue, n)
			} else {
				m.delta[int(s)*nc+c] = m.delta[int(f)*nc+c]
			}
		}
	}
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
	nc := int32(m.nclass)
	for i := 0; i < len(text); i++ {
		s = m.delta[s*nc+int32(m.class[text[i]])]
		if o := m.out[s]; len(o) > 0 {
			for _, p := range o {
				if !set.has(p) {
					set.add(p)
					found = append(found, p)
				}
			}
		}
	}
	return s, found
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
			if end < len(text) && text[end] == '>' && end > k+1 && text[k+1] != '#' && !strings.Contains(text[k+1:end], "://") {
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
