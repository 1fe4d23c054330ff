package main

import (
	"strings"
	"testing"
)

// Stalwart's delivery report text through the command (issue 10, held-out
// batch 14-mta): the report's sentence, a blank line and the recipient's line
// are one paste on standard input, explained as the same text given as the
// argument; the MTA's own TLS failure is a deferral (transient), a domain
// that is not found a permanent failure. The wording is new (not rows of the
// batch).
func TestExplainMta14StalwartReport(t *testing.T) {
	t.Parallel()
	cases := []argVerdict{
		{"There was a temporary problem delivering your message to the following recipients:\n\n<ann@lab.example> (TLS error from 'mx3.lab.example': Handshake failed: received fatal alert: HandshakeFailure)",
			"tls-required", "transient"},
		{"Your message could not be delivered to the following recipients:\n\n<bo@far.example> (failed to lookup 'far.example': Domain not found: NXDomain)",
			"host-unknown", "permanent"},
	}
	checkWholePastes(t, cases)
}

// Exchange's send-connector protocol log through the command: a line that
// names a TLS failure without a reply code is the MTA's own deferral
// (transient), next to a line with a reply; a list server's refusal and a
// Gordano-style alert without a code, one per line on standard input and as
// the argument.
func TestExplainMta14CodelessLines(t *testing.T) {
	t.Parallel()
	lines := []stdinPaste{
		{"2026-03-02T08:11:40.221Z,Outbound to Partner,08DDB0C1D2E3F405,14,,,*,,TLS negotiation failed with error UnknownCredentials", "tls-required", "transient", ""},
		{"2026-03-02T08:11:41.002Z,Outbound to Partner,08DDB0C1D2E3F406,9,,,<,451 4.4.0 DNS query failed,", "network", "transient", ""},
	}
	checkStdinPastes(t, lines)
	args := make([]argVerdict, len(lines))
	for i, l := range lines {
		args[i] = argVerdict{l.in, l.cat, l.class}
	}
	args = append(args,
		argVerdict{"You cannot post to the list 'board': only subscribers may write to it", "policy", "permanent"},
		argVerdict{"Alert 9001: the address of the remote system does not resolve; the message was rejected", "host-unknown", "permanent"},
	)
	checkArgVerdicts(t, args)
}

// List servers' and Apache James' reports through the command (held-out
// batch 14-mta b): the whole text on standard input is one paste, explained
// as the same text given as the argument. The wording is new.
func TestExplainMta14bReports(t *testing.T) {
	t.Parallel()
	cases := []argVerdict{
		{"Hi. This is the James mail server at mx2.lab.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message.\n\nzed@far.example\nThere are no DNS entries for the hostname far.example.  I cannot determine where to send this message.",
			"host-unknown", "permanent"},
		{"This is an automatic response sent by Sympa Mailing Lists Manager.\nImpossible to distribute your message for list 'news@lists.lab.example' for the following reason:\n\nThe following address is not a known mailing list:\n\n    newz@lists.lab.example",
			"user-unknown", "permanent"},
	}
	checkWholePastes(t, cases)
}

// checkWholePastes checks each multi-line text as explain's argument and
// piped whole to standard input, where it must be one paste (one
// explanation) with the same verdict.
func checkWholePastes(t *testing.T, cases []argVerdict) {
	t.Helper()
	checkArgVerdicts(t, cases)
	for _, c := range cases {
		out, errOut, code := runCLI(t, c.in+"\n", "explain", "--json", "-")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != 1 {
			t.Fatalf("%.50q on stdin: exit %d, stderr %q, %d explanations, want 1:\n%s", c.in, code, errOut, len(lines), out)
		}
		m := checkJSONLine(t, lines[0])
		if m["category"] != c.cat || m["class"] != c.class {
			t.Errorf("%.50q on stdin: %v/%v (rule %v), want %s/%s", c.in, m["category"], m["class"], m["rule"], c.cat, c.class)
		}
	}
}
