package explain

import (
	"strings"
	"testing"
)

// blankSink keeps the result of a call that AllocsPerRun measures.
var blankSink bool

// TestBlankButURLsAgrees: blankButURLs says what the expression it
// replaced said (flatLeadText's first test), on texts with and without
// links, punctuation and every kind of white space, and allocates nothing.
func TestBlankButURLsAgrees(t *testing.T) {
	texts := []string{
		"", " ", ".", " . ", "., ;", ")", "!)", "User unknown", "a . b",
		"https://support.google.com/mail/?p=BadCredentials", " https://x.example/a .",
		"Learn more at https://x.example/a", "https://x.example/a https://y.example/b ;",
		".\nhttps://x.example/a", "\thttp://x.example/\r\n", "http:/x.example", "ftp://x.example",
		"see: https://x.example/", "(https://x.example/)", "https://x.example/ 550",
	}
	for _, s := range texts {
		want := strings.Trim(withoutURLs(s), " .,;:!)") == ""
		if got := blankButURLs(s); got != want {
			t.Errorf("blankButURLs(%q) = %v, want %v", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { blankSink = blankButURLs("Learn more at https://x.example/a .") }); n != 0 {
		t.Errorf("blankButURLs allocates %v times a call", n)
	}
}
