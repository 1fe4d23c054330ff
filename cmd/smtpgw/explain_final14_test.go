package main

import "testing"

// The labelling conventions session 9's final batch decided (issue 10,
// docs/explain.md "Labelling conventions"), through the command, in new
// wording: relaying that needs authentication, a HELO without its argument,
// Postfix's "refused to talk to me" alone and in a bounce.
func TestExplainFinal14Conventions(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"550 5.7.1 Authentication is required for relaying to far.example", "relay-denied", "permanent"},
		{"530 5.7.0 Please authenticate first", "auth-required", "permanent"},
		{"501 5.5.4 Empty EHLO argument, goodbye", "syntax", "permanent"},
		{"550 5.7.1 HELO name invalid: must be fully qualified", "rfc-noncompliant", "permanent"},
		{"host mx7.far.example[203.0.113.70] refused to talk to me: 554 5.7.1 Access denied, listed at a DNSBL", "reputation", "transient"},
		{"<kai@far.example>: host mx7.far.example[203.0.113.70] refused to talk to me: 554 5.7.1 Access denied, listed at a DNSBL", "reputation", "permanent"},
	})
}
