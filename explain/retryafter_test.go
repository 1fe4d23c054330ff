package explain

import "testing"

func TestRetryAfter(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int{
		"451 4.7.1 Greylisted, please try again in 300 seconds":                                                       300,
		"450 4.7.1 <a@example.test>: Recipient address rejected: Deferred: greylisted. Please try again in 5 minutes": 300,
		"421 4.7.0 Too many connections, retry after 2 minutes":                                                       120,
		"451 Temporary local problem - please try later":                                                              0,
		"421 4.7.0 Try again later, closing connection.":                                                              0,
		"452 4.5.3 Too many recipients (limit of 500 recipients per day); try again later":                            0,
		"421 4.7.0 Please wait 60s before retrying":                                                                   60,
		"450 4.2.1 come back in 1 hour":                                                                               3600,
		"451 4.7.1 Greylisted, please try again in 300 seconds, or in 999999 hours":                                   300,
		"451 4.7.1 try again in 999999 hours":                                                                         86400,
	} {
		if got := Explain(Reply{Input: in, Lines: []string{in}}).RetryAfter; got != want {
			t.Errorf("%q: RetryAfter %d, want %d", in, got, want)
		}
	}
	// only temporary replies ask for a wait
	if got := Explain(Reply{Input: "550 5.7.1 try again in 5 minutes and it will still fail", Lines: []string{"550 5.7.1 try again in 5 minutes and it will still fail"}}).RetryAfter; got != 0 {
		t.Errorf("permanent reply: RetryAfter %d", got)
	}
}
