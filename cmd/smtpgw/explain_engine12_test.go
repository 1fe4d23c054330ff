package main

import "testing"

// Words inside identifiers (issue 10, helper engine12): a label of a dotted
// name or a part of a file path is not a word of the reply, given as the
// argument or piped.
func TestExplainEngine12IdentifierWords(t *testing.T) {
	t.Parallel()
	cases := []argVerdict{
		{"msmtp: cannot connect to smtp.isp.example, port 587: Network is unreachable (while mailing the output of /etc/cron.daily/report)", "network", "transient"},
		{"451 4.4.1 No answer from spam.filter.example", "network", "transient"},
		{"550 5.7.1 Client host [192.0.2.8] rejected: listed at dnsbl.lab.example", "reputation", "permanent"},
	}
	checkArgVerdicts(t, cases)
	for _, c := range cases {
		ms := explainStdinLines(t, []string{c.in})
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class {
			t.Errorf("stdin %.50q: %v", c.in, ms)
		}
	}
}
