package main

import "testing"

// Input forms held-out batch 9-intl found (issue 10), through the command,
// in new wording: qmail-send's log quoted without its "delivery N:" head, on
// standard input, and a sendmail delay notice whose banner of asterisks
// once read as Exim's "**" failure marker, as the argument.
func TestExplainIntl9Forms(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{`failure: 198.51.100.20_does_not_like_recipient./Remote_host_said:_550_no_such_user_here/Giving_up_on_198.51.100.20./`, "user-unknown", "permanent", ""},
		{`deferral: Connected_to_198.51.100.7_but_connection_died._(#4.4.2)/`, "network", "transient", ""},
	})
	notice := "**********************************************\n**      THIS IS A WARNING MESSAGE ONLY      **\n**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n**********************************************\n\n----- Transcript of session follows -----\n451 4.4.1 reply: read error from mx.slow.example.\n<bo@slow.example>... Deferred: Connection timed out with mx.slow.example.\nWarning: message still undelivered after 4 hours"
	if m := explainJSON(t, notice); m["category"] != "network" || m["class"] != "transient" {
		t.Errorf("delay notice: %v/%v (rule %v), want network/transient", m["category"], m["class"], m["rule"])
	}
}
