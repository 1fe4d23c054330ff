package explain

import "strings"

// Anchored searches: strings.Index, strings.Contains, strings.Count and
// indexFold with the same results, but looking only at the places where one
// byte of the needle occurs (strings.IndexByte, vectorised), the byte that
// is rarest in mail logs. strings.Index anchors on a needle's first byte;
// on a mail log line a first byte such as ' ', ',' or 'r' occurs every few
// bytes, and each hit costs a call and a comparison, while a byte such as
// 'v', '<', '(' or '_' occurs once a line or less. TestAnchoredSearches and
// FuzzAnchoredSearches hold every function here equal to the one it stands
// for, for every anchor.

// logByteCommonness ranks the printable ASCII bytes by how often they occur
// in the reply lines of a mail log (a generated Postfix log and the replies
// of the corpus, counted once): the higher, the commoner; 0 for the bytes
// not listed (control bytes, UTF-8), rarer still. Only speed depends on it.
var logByteCommonness = [256]uint8{
	' ': 95, '.': 94, 'e': 93, '0': 92, 's': 91, 't': 90, '2': 89, 'a': 88, 'o': 87, '1': 86, 'r': 85,
	'n': 84, 'i': 83, 'l': 82, ':': 81, 'm': 80, 'p': 79, '=': 78, 'd': 77, ',': 76, 'u': 75, 'c': 74,
	'5': 73, 'x': 72, '/': 71, '3': 70, 'h': 69, '4': 68, 'y': 67, 'f': 66, 'g': 65, '8': 64, '9': 63,
	'[': 62, ']': 61, '7': 60, '-': 59, '6': 58, 'b': 57, 'v': 56, 'k': 55, 'w': 54, 'A': 53, 'T': 52,
	'N': 51, 'S': 50, '<': 49, '>': 48, '@': 47, '(': 46, ')': 45, 'E': 44, 'O': 43, 'C': 42, 'R': 41,
	'M': 40, 'F': 39, 'D': 38, 'P': 37, 'B': 36, 'q': 35, '"': 34, '\\': 33, 'j': 32, 'z': 31,
	'I': 30, 'L': 29, '\'': 28, ';': 27, 'U': 26, 'G': 25, 'H': 24, '#': 23, '_': 22, '*': 21,
	'{': 20, '}': 19, 'Y': 18, 'V': 17, 'X': 16, 'Q': 15, 'K': 14, 'W': 13, 'J': 12, '?': 11, 'Z': 10,
	'|': 9, '+': 8, '~': 7, '&': 6, '!': 5, '`': 4, '%': 3, '$': 2, '^': 1,
}

// rareAt is the index of the rarest of the first 8 bytes of sub (the
// first of equals); with foldable false, of the rarest of them that is no
// ASCII letter, or -1 when there is none. (Only 8: a needle is searched
// for once or twice in a line, and choosing its anchor must cost less
// than the search it saves.)
func rareAt(sub string, foldable bool) int {
	best, rank := -1, 256
	for i := 0; i < len(sub) && i < 8; i++ {
		c := sub[i]
		if r := int(logByteCommonness[c]); r < rank && (foldable || (c|0x20)-'a' >= 26) {
			best, rank = i, r
		}
	}
	return best
}

// foldAnchors are rareAt(sub, true) and rareAt(sub, false) in one pass.
func foldAnchors(sub string) (any, nonLetter int) {
	any, nonLetter = -1, -1
	ra, rn := 256, 256
	for i := 0; i < len(sub) && i < 8; i++ {
		c := sub[i]
		r := int(logByteCommonness[c])
		if r < ra {
			any, ra = i, r
		}
		if r < rn && (c|0x20)-'a' >= 26 {
			nonLetter, rn = i, r
		}
	}
	return any, nonLetter
}

// indexRare is strings.Index(s, sub) (bytes.Index for a []byte s).
func indexRare[T ~string | ~[]byte](s T, sub string) int {
	if sub == "" {
		return 0
	}
	return indexAt(s, sub, rareAt(sub, true))
}

// containsRare is strings.Contains(s, sub) (bytes.Contains).
func containsRare[T ~string | ~[]byte](s T, sub string) bool { return indexRare(s, sub) >= 0 }

// countRare is strings.Count(s, sub) for a sub that is not empty.
func countRare(s, sub string) int { return countAt(s, sub, rareAt(sub, true)) }

// containsAt is strings.Contains(s, sub) (bytes.Contains), anchored on
// sub[k]: a caller with a constant needle names its rare byte.
func containsAt[T ~string | ~[]byte](s T, sub string, k int) bool { return indexAt(s, sub, k) >= 0 }

// indexAt is strings.Index(s, sub) (bytes.Index for a []byte s), anchored
// on sub[k] (sub not empty).
func indexAt[T ~string | ~[]byte](s T, sub string, k int) int {
	n := len(sub)
	c := sub[k]
	last := len(s) - n + k // the last place the anchor byte of a match can be
	for i := k; i <= last; i++ {
		j := indexByte(s[i:last+1], c)
		if j < 0 {
			return -1
		}
		i += j
		if string(s[i-k:i-k+n]) == sub {
			return i - k
		}
	}
	return -1
}

// countAt is strings.Count(s, sub) (non-overlapping matches, sub not
// empty), anchored on sub[k].
func countAt(s, sub string, k int) int {
	n := 0
	for {
		i := indexAt(s, sub, k)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sub):]
	}
}

// indexFoldAt is indexFold(s, sub) (sub lower-case ASCII), anchored on
// sub[k], which must be a byte that folding leaves alone (no letter).
func indexFoldAt(s, sub string, k int) int {
	n := len(sub)
	c := sub[k]
	last := len(s) - n + k
	for i := k; i <= last; i++ {
		j := strings.IndexByte(s[i:last+1], c)
		if j < 0 {
			return -1
		}
		i += j
		if equalFoldLower(s[i-k:i-k+n], sub) {
			return i - k
		}
	}
	return -1
}

// nextByte is the index of the first c in s at or after from, len(s) when
// there is none.
func nextByte(s string, from int, c byte) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}
