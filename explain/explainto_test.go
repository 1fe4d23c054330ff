package explain

import (
	"reflect"
	"testing"
)

// ExplainTo into one reused Explanation (what `smtpgw explain` does for
// every reply of a log) gives exactly what Explain and ExplainWhy give into
// a fresh one: nothing of the previous explanation is left behind, and the
// reply is not changed.
func TestExplainToReusedEqualsExplain(t *testing.T) {
	inputs := []string{
		"550 5.1.1 <kim@lab.example>: Recipient address rejected: User unknown in virtual mailbox table",
		"421",
		"452 4.2.2 Mailbox full, try again later",
		"550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.example",
		"All RCPT commands were rejected with this error:\n501 5.1.3 Bad recipient address syntax",
		"250 2.0.0 Ok: queued as 3F2A1C0123",
		"Delivery has expired. Last error: 451 4.7.1 Please try again later",
		"550 <a@lab.example>... Can't create output",
	}
	var reused Explanation
	for _, why := range []bool{true, false, true} {
		for _, in := range inputs {
			r, err := Parse(in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", in, err)
			}
			before := r
			want := Explain(r)
			if why {
				want = ExplainWhy(r)
			}
			ExplainTo(&reused, &r, why)
			if !reflect.DeepEqual(reused, want) {
				t.Errorf("why=%v %q: ExplainTo into a reused explanation\n got %+v\nwant %+v", why, in, reused, want)
			}
			if !reflect.DeepEqual(r, before) {
				t.Errorf("why=%v %q: ExplainTo changed the reply", why, in)
			}
		}
	}
}
