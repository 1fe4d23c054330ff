package explain

import "testing"

// A keyword right after "not" or "n't" says the opposite of the keyword:
// "not listed in" is no blocklist listing. Keywords that carry the
// negation themselves ("not found") still match.
func TestNegatedKeywordDoesNotMatch(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Category
	}{
		{"User jdoe (jdoe@example.test) not listed in Domino Directory", UserUnknown},
		{"550 5.1.1 User jdoe not listed in public Name & Address Book", UserUnknown},
		{"550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org", Reputation},
		{"550 5.1.1 Recipient not found", UserUnknown},
	} {
		r, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if got := Explain(r).Category; got != tc.want {
			t.Errorf("%q: category %s, want %s", tc.in, got, tc.want)
		}
	}
	for before, want := range map[string]bool{"is not ": true, "NOT ": true, "isn't ": true, "cannot ": false, "knot ": false, "not": false, "": false} {
		if got := negated(before); got != want {
			t.Errorf("negated(%q) = %v, want %v", before, got, want)
		}
	}
}
