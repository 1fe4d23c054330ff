package explain

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
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
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

// scan marks in set every pattern that occurs in text.
// The ids of the patterns found are appended to found, once each.
func (m *matcher) scan(text string, set *patternSet, found []int32) []int32 {
	nc := int32(m.nclass)
	s := int32(0)
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
	return found
}
