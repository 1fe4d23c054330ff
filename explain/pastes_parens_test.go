package explain

import "testing"

// lastParens finds the group that closes a webmail report, nested pairs
// counted; text that does not end in a balanced group has none.
func TestLastParens(t *testing.T) {
	for in, want := range map[string]int{
		`Failed to add recipient "a@b.example" (550 5.1.1 (unknown) user)`: 38,
		"(x)":          0,
		"no group":     -1,
		"a (b) c":      -1,
		"unbalanced)":  -1,
		"a ((b) c)":    2,
		"":             -1,
		"x (5.7.0 y))": -1,
	} {
		if got := lastParens(in); got != want {
			t.Errorf("lastParens(%q) = %d, want %d", in, got, want)
		}
	}
}
