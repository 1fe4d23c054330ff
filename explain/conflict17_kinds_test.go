package explain

import "testing"

// Kinds of helper conflict17 (issue 10: labels that contradicted each other
// across the corpus), each tested in new wording, not the corpus rows.

// qmail-remote says "Sorry, I couldn't find any host by that name. (#4.1.2)"
// for its temporary DNS failure (temp_dns, DNS_SOFT or no address yet) and
// "Sorry, I couldn't find any host named x. (#5.1.2)" for a name that does
// not exist (perm_dns, DNS_HARD): the first is a DNS "try again" (network,
// transient) wherever it is quoted, the second a missing domain. When qmail-send
// gives up on it because the message stayed in the queue too long, the
// lifetime decides (expired).
func TestKindConflict17QmailTemporaryDNS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"delivery 812: deferral: Sorry,_I_couldn't_find_any_host_by_that_name._(#4.1.2)/", Network, ClassTransient},
		{"<ops@far.example>:\nSorry, I couldn't find any host by that name. (#4.1.2)\nI'm not going to try again; this message has been in the queue too long.", Expired, ClassPermanent},
		{"Remote server said: Sorry, I couldn't find any host by that name.", Network, ClassTransient},
		{"delivery 813: failure: Sorry,_I_couldn't_find_any_host_named_nowhere.example._(#5.1.2)/", HostUnknown, ClassPermanent},
	})
}

// "Line too long" refused at DATA or at its end is a line of the message over
// its limit (the commands before it were accepted): rfc-noncompliant. Without
// a stage it stays the command line's (syntax, as engine13's and srv15's kinds
// read it), and a reply that says "syntax error" is syntax at any stage.
func TestKindConflict17LineTooLongAtData(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<ana@far.example>: host mx.far.example[192.0.2.8] said: 552 Line is too long (in reply to end of DATA command)", RFCNoncompliant, ClassPermanent},
		{"SMTP error from remote mail server after end of data: 500 lines too long", RFCNoncompliant, ClassPermanent},
		{"<ana@far.example>: host mx.far.example[192.0.2.8] said: 500 5.5.2 Syntax error, line too long (in reply to end of DATA command)", Syntax, ClassPermanent},
		{"500 5.5.2 Line too long", Syntax, ClassPermanent},
	})
}
