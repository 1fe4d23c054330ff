package explain

import "testing"

// The kinds held-out batch 7 (heldout7-forum.tsv: replies pasted in the
// forums of people who run mail servers) showed, each in new wording that is
// not a row of the batch: the fix holds for the kind, not for one string.

// Forms of the paste (pastes.go): a webmail's code in parentheses or
// brackets with the server's text after the client's words, qmail-send's
// log, mutt's frame, a dotted code.
func TestKind7PasteForms(t *testing.T) {
	checkKinds(t, []kindCase{
		// Roundcube / RainLoop: the code in parentheses decides the class,
		// the text in the last parentheses is the server's
		{`SMTP Error (554): Failed to add recipient "li@corp.example" (5.7.1 <li@corp.example>: Relay access denied).`, RelayDenied, ClassPermanent},
		{`SMTP Error (452): Failed to add recipient "ops@lab.example" (4.2.2 <ops@lab.example>: Mailbox full).`, MailboxFull, ClassTransient},
		// an RFC section number in the server's text is no enhanced code
		{`SMTP Error (501): Failed to set sender "x@y.example" (Syntax error in parameters (see RFC 5321 4.1.2)).`, Syntax, ClassPermanent},
		// brackets, as other webmails and panels write it
		{`Erreur SMTP : [550] Unauthenticated mail not allowed from this range`, SenderAuth, ClassPermanent},
		{`[SMTP error: [421] Too many concurrent SMTP connections from this IP address; please try again later]`, RateLimited, ClassTransient},
		// qmail-send's log: "_" for spaces, "/" between lines, the outcome word
		{`@400000005f1c2d3e delivery 88: failure: 192.0.2.9_does_not_like_recipient./Remote_host_said:_550_5.1.1_<kim@shop.example>..._User_unknown/Giving_up_on_192.0.2.9./`, UserUnknown, ClassPermanent},
		{`delivery 17: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/`, Network, ClassTransient},
		{`delivery 3: failure: Unable_to_run_qmail-local./`, ServerError, ClassPermanent},
		// a success code in the wrapper is the last reply the client had, not the failure
		{`SMTP Error (250): Authentication failed.`, AuthFailed, ClassPermanent},
		// no reply at all
		{`SMTP Error (-1): Connection to server failed.`, Network, ClassTransient},
		// a code written with a dot before its enhanced code
		{`552.5.3.4 Message size exceeds fixed limit`, MessageTooBig, ClassPermanent},
		// mutt's frame around a quoted Postfix bounce: the words that run
		// across lines are read again ("could not\n│be delivered")
		{"│This is the mail system at host mx.lab.example.\n│\n│I'm sorry to have to inform you that your message could not\n│be delivered to one or more recipients.\n│\n│<ann@far.example>: connect to mx.far.example[192.0.2.8]:25: No route to host", Network, ClassPermanent},
	})
}

// A bounce generator's statement of the outcome decides the class of a
// report without a code, and a report whose reason no rule knows is still a
// delivery outcome (unknown, not "no code found").
func TestKind7StatedOutcome(t *testing.T) {
	checkKinds(t, []kindCase{
		{"A message that you sent could not be delivered to one or more of its\nrecipients. This is a temporary error. The following address(es) deferred:\n\n  kim@lab.example\n    Domain lab.example has exceeded the max defers and failures per hour allowed. Message will be reattempted later", RateLimited, ClassTransient},
		{"Hi. This is the qmail-send program at mx.lab.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<tom@far.example>:\nSomething odd happened at the far end.", Unknown, ClassPermanent},
		// "try again" after a change the reader must make is no temporary failure
		{"The message exceeds the size limit of the server. Remove the attachment and try again.", MessageTooBig, ClassPermanent},
	})
}

// A report's Status without a Diagnostic-Code: the words of its body count.
func TestKind7StatusWithBodyText(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The mail server could not deliver this message.\nThe user's mailbox is over quota and cannot accept new mail.\nAction: failed\nFinal-Recipient: rfc822; pia@lab.example\nStatus: 5.0.0", MailboxFull, ClassPermanent},
	})
}

// A success reply that says the message was thrown away is no delivery.
func TestKind7DiscardedSuccess(t *testing.T) {
	checkKinds(t, []kindCase{
		{"250 2.7.0 Ok, discarded, id=31337-07 - BANNED: invoice.exe", Policy, ClassPermanent},
		{"250 2.7.0 Ok, discarded, id=2211-02 - INFECTED: Win.Trojan.Agent-1", Virus, ClassPermanent},
		{"250 2.0.0 Ok: queued as 4Kp9x", Success, ClassSuccess},
	})
}

// Exchange's legacy NDR quote without a basic code: a temporary X.4.7 in a
// non-delivery report is the expiry; a delay notice stays temporary.
func TestKind7NDRExpiry(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Remote Server returned '<mx01.corp.example #4.4.7>'", Expired, ClassPermanent},
		{"Delivery has been delayed.\nRemote Server returned '400 4.4.7 Message delayed'", Expired, ClassTransient},
	})
}

// Vocabulary and priority (rules_forum7.go), in words the batch did not use.
func TestKind7Wording(t *testing.T) {
	checkKinds(t, []kindCase{
		// an account on the server's own block list: policy, not a DNSBL
		{"550 5.7.1 <kim@lab.example>: Sender address rejected: account is blacklisted", Policy, ClassPermanent},
		// too many failed logins: the credentials
		{"535 5.7.0 Too many authentication failures from 198.51.100.4, try later", AuthFailed, ClassPermanent},
		// an MTA's own configuration or file error
		{"== ops@far.example R=dnslookup T=remote_smtp defer (-1): failed to open /etc/exim4/dkim/lab.example.key: Permission denied", ServerError, ClassTransient},
		// a route back to the sending server
		{"451 4.4.6 Could not deliver: connecting to myself (192.0.2.33) is not allowed", ServerError, ClassTransient},
		// authentication demanded
		{"530 Sender must be authenticated first", AuthRequired, ClassPermanent},
		// a From address the account may not use
		{"553 5.7.1 The From address has not been validated for this account", SenderInvalid, ClassPermanent},
		// an SPF lookup that failed for now, under a mail-system code
		{"451 4.3.0 SPF lookup failed for lab.example, please retry", Network, ClassTransient},
		// the receiver's own error over a routing code
		{"451 4.4.4 Internal server error, please try again later", ServerError, ClassTransient},
		// the authentication back end
		{"535 5.7.8 Error: authentication failed: auth backend not responding", ServerError, ClassPermanent},
		// a domain not found, in a sentence without a code
		{"We couldn't deliver your message to pat@nowhere.example: the domain nowhere.example could not be found.", HostUnknown, ClassPermanent},
		// every MX failed
		{"Delivery failed for tom@far.example: tried all MX hosts, all MX hosts failed", Network, ClassPermanent},
		// a size verdict in other words
		{"552 Maximum message size exceeded", MessageTooBig, ClassPermanent},
	})
}

// The kinds of batch 7b (heldout7-forumb.tsv), in new wording.
func TestKind7bKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		// a server's own lookup table or SASL back end, in its log
		{"Mar 3 10:00:01 mx postfix/proxymap[881]: warning: pgsql:/etc/postfix/pgsql-domains.cf is unavailable. open /etc/postfix/pgsql-domains.cf: Permission denied", ServerError, ClassTransient},
		{"Mar 3 10:00:02 mx postfix/submission/smtpd[902]: warning: SASL: Connect to private/auth failed: Connection refused", ServerError, ClassTransient},
		// the submission port for outgoing mail, whatever the enhanced code says
		{"550 5.1.8 Relaying denied here: use the submission port for outgoing mail", RelayDenied, ClassPermanent},
		// Proofpoint's IP check link
		{"554 5.7.1 Rejected - see https://ipcheck.proofpoint.example/?ip=198.51.100.77", Reputation, ClassPermanent},
		// cPanel's defers-and-failures limit discards; its hourly mail limit defers
		{"Domain lab.example has exceeded the max defers and failures per hour (10/10 (100%)) allowed", RateLimited, ClassPermanent},
		// a log that says the message was deferred keeps a permanent reply's message queued
		{"Apr 2 08:00:01 relay zonemta[77]: info Sender/default/77[2] id=abc 18f.001 DEFERRED[other] from=a@lab.example to=b@far.example (550 5.7.1 Mail from 198.51.100.8 refused, see https://ipcheck.proofpoint.example/?ip=198.51.100.8)", Reputation, ClassTransient},
	})
}
