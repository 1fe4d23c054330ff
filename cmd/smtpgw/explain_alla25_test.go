package main

import "testing"

// Batch 25-alla's kinds through the command (new wording, not rows of the
// corpus): each text piped whole gives exactly one explanation, the same as
// the text given as the argument.
//
//   - RFC 5321's 551 in Portuguese: moved;
//   - a short "moved, try another server" refusal: moved, the code's class.
func TestExplainAlla25StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"551 Usuário não local; por favor tente <rita@novo.example>", "moved", "permanent", 551},
		{"450 Moved; try another server", "moved", "transient", 450},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
