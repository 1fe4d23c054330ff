package explain

import "strings"

// common20Rules: rules added by the common20 work of session 15 (issue 10);
// see docs/heldout/heldout20-common.md. Each is tested in new wording in
// common20_kinds_test.go.
var common20Rules = []rule{
	// The remote server's own reply broke the protocol (Exchange's "421 4.4.0 Remote
	// server response was not RFC conformant", a client's "invalid response from the
	// remote server"): the exchange with that server failed, the message is not at fault.
	// mta.rfc's "not rfc" and "malformed" are about the message; said of the remote's
	// response they name a transport failure, which the sending MTA retries.
	{ID: "common20.remote-response-malformed",
		Any: []string{"server response was not rfc", "remote server response was not", "response from the remote server was not",
			"invalid response from the remote server", "invalid response from remote server", "invalid response from remote host",
			"malformed response from remote", "malformed reply from remote", "malformed answer from server", "malformed answer from remote",
			"malformed response from server", "malformed reply from server", "remote server sent a malformed", "remote host sent a malformed",
			"remote server returned an invalid response", "remote server returned an unexpected response"},
		Cat: Network, Pri: 8,
		Summary: "The remote server's reply did not follow the SMTP protocol, so the exchange with it failed; the sending MTA retries, and the message itself is not at fault.",
		Fix: []string{"Look at the sending server's protocol log for the reply it could not parse: a broken firewall, proxy or SMTP-inspecting device in front of the remote server often causes it.",
			"If it persists, tell the remote side's postmaster which reply broke the protocol."}},

	// Exchange Online's "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35":
	// Microsoft documents it as mail routed to a datacenter region that does not host the
	// recipient (a stale or deprecated MX host name, a connector's smart host): a routing
	// deferral, not a server fault of the receiver (its basic code read it as one).
	{ID: "common20.m365-wrong-region", Any: []string{"wrong office 365 region", "wrong microsoft 365 region"},
		Cat: Network, Provider: ProvMicrosoft, Pri: 8,
		Summary: "Exchange Online received the message in a datacenter region that does not host the recipient: the sending side routes to an outdated MX host name or smart host, so the message is deferred.",
		Fix:     []string{"Look up the recipient domain's current MX record and deliver to it; remove any hard-coded or cached MX host name, static route or connector smart host that points to an old Office 365 host."}},

	// Postfix's default text for a milter's temporary failure that gave no reason of its
	// own ("4.7.1 Service unavailable - try again later", milter8.c), logged at
	// END-OF-MESSAGE: a content filter that read the message failed or deferred it
	// (rmilter when clamd does not answer, rspamd's soft reject of an oversized message).
	// Greylisting needs no content: the same default text before the content (Plesk's
	// greylisting filter at DATA) and Barracuda's reply keep their greylisting reading.
	// Chosen by classify (milterEOMDefaultTempfail); its keyword never occurs in a reply.
	{ID: common20MilterEOMTempfail, Any: []string{"milter-reject: end-of-message (postfix default tempfail)"},
		Cat:     ServerError,
		Summary: "A content filter (milter) of the receiving Postfix deferred the message after reading it, without a reason: the filter failed or soft-rejected the content; Postfix's default text for a milter's temporary failure.",
		Fix: []string{"On the receiving server: read the milter's own log (rspamd, rmilter, amavis, clamd) at the time of the line; a scanner that does not answer or a size limit of the filter are the usual causes.",
			"As the sender: nothing; the sending MTA retries, and the message goes through once the filter works (or is smaller than its limit)."}},
}

// common20MilterEOMTempfail names the rule classify chooses for Postfix's default milter
// tempfail text at END-OF-MESSAGE.
const common20MilterEOMTempfail = "common20.milter-eom-default-tempfail"

// milterEOMDefaultTempfail reports a Postfix log line of a milter's temporary refusal
// after the message content ("milter-reject: END-OF-MESSAGE") whose reply is Postfix's
// default text for a milter tempfail, the milter having given none of its own.
func milterEOMDefaultTempfail(input, text string) bool {
	t := strings.TrimSpace(text)
	// amavis quoting the reply of the MTA it re-injects into ("TempFailed,
	// id=09631-10, from MTA([127.0.0.1]:10025): 451 4.7.1 Service unavailable -
	// try again later"): the receiving site's own hop, after the content was
	// read, never a greylisting (held-out batch 24-common)
	if indexFold(t, "tempfailed") >= 0 && indexFold(t, "from mta(") >= 0 && indexFold(t, "service unavailable - try again later") >= 0 {
		return true
	}
	if indexFold(input, "milter-reject: end-of-message") < 0 {
		return false
	}
	return hasFoldPrefix(t, "service unavailable - try again later")
}

// saidCodeOnly reports a Postfix "host X[ip] said: 450 4.7.1" line whose reply has
// only its code so far: the words follow on the next line, which a bounce pasted
// without its indentation starts with the address the reply is about ("<pc.lan>:
// Helo command rejected: Host not found (in reply to RCPT TO command)"), not the
// next recipient (held-out batch 19, common20).
func saidCodeOnly(g []string) bool {
	if len(g) != 1 {
		return false
	}
	i := indexFold(g[0], "] said: ")
	return i >= 0 && codesOnly(strings.TrimSpace(g[0][i+len("] said: "):]))
}
