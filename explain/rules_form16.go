package explain

// Rules of session 11's held-out batches heldout16-form* (issue 10): kinds
// found on their first runs, each tested in new wording in form16_kinds_test.go.
var form16Rules = []rule{
	// a notice that the message was handed on: the next server, or the
	// mailer after it, sends no delivery notification of its own (Exchange's
	// "Relayed:" notice, sendmail's "relayed to non-DSN-aware mailer"): a
	// delivery as far as this report goes
	{ID: "form16.relayed-notice", Any: []string{"delivery to these recipients or groups is complete", "no delivery notification was sent by the destination",
		"delivery notification was not sent by the destination", "relayed to non-dsn-aware mailer", "relayed to a non-dsn-aware mailer",
		"relayed; expect no further notifications", "expect no further notifications", "relayed to the destination server"},
		Not: []string{"failed", "not delivered", "undeliverable", "could not", "couldn't", "delayed", "rejected", "refused"},
		Cat: Success, Pri: conceptPri + 8,
		Summary: "A delivery notification: the message was delivered or relayed to the next server, which sends no delivery notification of its own; as far as this report goes, it was delivered.",
		Fix:     []string{"Nothing to do: a relayed message is not a bounce. If the recipient did not get it, ask the recipient's administrator to trace it."}},
}
