package explain

import "strings"

// mta22Rules: rules added by the mta22 work of session 17 (issue 10); see
// docs/heldout/heldout22-mta.md. Each is tested in new wording in
// mta22_kinds_test.go.
//
// Held-out batch 22-mta's first run, by kind (the common MTAs' own strings):
//
//   - a deferral reason that quotes an earlier reply: Exim's "Remote host
//     closed connection in response to HELO x (EHLO response was: 500 ...)"
//     is the broken connection; the quoted EHLO answer is why Exim fell back
//     to HELO, not the failure (mta22.closed-after-ehlo);
//   - the relay's own lookups: OpenSMTPD's "Could not retrieve credentials"
//     (its credentials table for a smarthost) is the relay's set-up, not a
//     login the receiver refused (mta22.relay-own-lookup);
//   - vocabulary widened in the families that hold it (one line each,
//     marked "mta22"): qmail-queue's exit texts ("qq timeout", "qq out of
//     memory", "qq trouble ...") and postscreen's "all server ports busy" in
//     wording.server-trouble, Exim's "Space shortage" in mta.storage, Exim's
//     "remote host address is the local host" in mta.server-error, sendmail's
//     sysexits texts ("Operating system error", "System file missing",
//     "Remote protocol error") in lda19.sysexits-text, Exim's recipient
//     callout that could not complete in common21.verification-probe-
//     unreachable;
//   - class: Exim's "sender verify defer" / "recipient verify defer" log
//     words are a deferral (temporaryWording), and Exchange's "Delivery has
//     failed to these recipients or groups" a final report
//     (statedPermanentWording), whatever category the text gets.
var mta22Rules = []rule{
	// Exim's smtp transport, when the server dropped the connection after
	// it fell back from a refused EHLO to HELO: "Remote host closed
	// connection in response to HELO relay.example (EHLO response was: 500
	// 5.5.1 Command unrecognized)". The quoted EHLO answer is context; the
	// failure is the connection the server closed (held-out batch 22-mta).
	{ID: "mta22.closed-after-ehlo", Any: []string{"ehlo response was"}, All: []string{"closed connection in response to"},
		Cat: Network, Pri: 20,
		Summary: "The receiving server closed the connection (here after the sending Exim fell back from a refused EHLO to HELO); Exim defers the message and retries.",
		Fix: []string{"Nothing to do for a single deferral: Exim retries by itself.",
			"If it persists: the receiving server may drop clients it does not like after the greeting (a blocklist, a rate limit, a firewall); test a delivery by hand (swaks, or telnet to port 25) and ask its postmaster."}},

	// The relay's own tables, looked up before any connection: OpenSMTPD's
	// mta.c "Could not retrieve credentials" (the credentials table of a
	// smarthost could not be read) and "Could not retrieve source address"
	// (its source table). The sending relay's set-up, not a login the
	// receiving server refused (held-out batch 22-mta).
	{ID: "mta22.relay-own-lookup", Any: []string{"could not retrieve credentials", "could not retrieve source address",
		"unable to retrieve credentials for relay", "failed to retrieve credentials for relay"},
		Cat: ServerError, Pri: 20, Actor: ActorSenderAdmin,
		Summary: "The sending relay could not read its own table (the credentials for its smarthost, or the source addresses it sends from): a fault of the relay's set-up; nothing was sent and the message stays queued.",
		Fix: []string{"On the sending relay: check the table the relay rule names (OpenSMTPD: `auth <table>` and `src <table>` of the relay action; `smtpctl update table NAME` after fixing it) and its file permissions.",
			"The message is retried; `smtpctl schedule all` retries at once after the fix."}},

	// Postfix's log line for a milter that put the message on hold
	// ("milter-hold: END-OF-MESSAGE from ...: milter triggers HOLD action"):
	// the message waits in the hold queue until an administrator releases or
	// deletes it; nothing bounced yet (held-out batch 22-mta b; the class
	// word "hold action" is in temporaryWording).
	{ID: "mta22.milter-hold", Any: []string{"triggers hold action", "milter-hold"},
		Cat: Policy, Pri: 10, Actor: ActorRecipientAdmin,
		Summary: "A content filter (milter) of the receiving Postfix put the message on hold: it sits in the hold queue until an administrator releases or deletes it.",
		Fix: []string{"Receiving administrator: look at the held message (`postqueue -p`, `postcat -q ID`), then release it (`postsuper -H ID`) or delete it (`postsuper -d ID`); the milter's own log says why it held it.",
			"Sender: wait; if the message is deleted, the receiving site does not send a bounce."}},

	// sendmail's log line for a milter that failed or did not answer
	// ("Milter (clamav): timeout before data read", "Milter (rspamd): to
	// error state"): the receiving server's own filter, not the network or
	// the message; with the F=T flag sendmail tempfails the message ("451
	// 4.3.2 Please try again later") (held-out batch 22-mta b).
	{ID: "mta22.sendmail-milter-failed", Any: []string{"to error state", "timeout before data read", "timeout before data write",
		"error connecting to filter", "read returned error", "write returned error"},
		With: []string{"milter"},
		Cat:  ServerError, Pri: 20, Actor: ActorRecipientAdmin,
		Summary: "A mail filter (milter) of the receiving sendmail failed or did not answer in time; sendmail defers the message (F=T) or lets it pass (no F flag), by the filter's set-up.",
		Fix: []string{"Receiving administrator: check that the filter daemon runs and answers on its socket (the INPUT_MAIL_FILTER line in sendmail.mc), and its timeouts (T=C:...;S:...;R:...;E:...).",
			"Sender: nothing; a deferred message is retried."}},

	// Exim's frozen message ("<id> Message is frozen", "Frozen (delivery error
	// message)", freeze_tell's "Message <id> has been frozen"): the message
	// stays in the sending Exim's queue, not retried, until an administrator
	// thaws or removes it (or timeout_frozen_after drops it); the freeze says
	// nothing of why, and it is no frozen mailbox (wording.mailbox-locked's
	// Not). Probe of the mta22 work, after batch b.
	{ID: "mta22.exim-message-frozen", Any: []string{"message is frozen", "frozen (delivery error message)"},
		Cat: Unknown, Pri: 10, Actor: ActorSenderAdmin,
		Summary: "The sending Exim froze the message: it stays in the queue and is not retried until an administrator thaws or removes it. A frozen delivery error message is a bounce that could not be delivered either.",
		Fix: []string{"On the sending Exim: `exim -Mvl ID` shows the message's log with the failure that froze it; fix that, then `exim -Mt ID` (thaw) and `exim -M ID` (deliver), or `exim -Mrm ID` to remove it.",
			"Frozen bounces of spam are usual: `timeout_frozen_after` and `ignore_bounce_errors_after` drop them by themselves."}},

	// Postfix's bounce daemon logs the notice it sent for a message
	// ("QID: sender non-delivery notification: NEWQID", "sender delay
	// notification", "sender delivery status notification"): the outcome of
	// the message, without its cause (the delivery lines before it carry the
	// reply). Probe of the mta22 work, after batch b.
	{ID: "mta22.postfix-bounce-notice", Any: []string{"sender non-delivery notification", "sender delay notification"},
		Cat: Unknown, Pri: 10, Actor: ActorSenderAdmin,
		Summary: "Postfix sent the sender a notice about this message (a non-delivery report when it bounced, a delay warning when it is still being retried); the line does not say why: the delivery lines of the same queue id carry the reply.",
		Fix:     []string{"Find the delivery lines of the same queue id before this one (`grep QID /var/log/mail.log`): their status=bounced or status=deferred reason is the cause."}},
	{ID: "mta22.postfix-success-notice", Any: []string{"sender delivery status notification"},
		Cat: Success, Pri: 10,
		Summary: "Postfix sent the sender the delivery report it had asked for (DSN NOTIFY=SUCCESS): the message was delivered.",
		Fix:     []string{"Nothing to do: the message was delivered."}},

	// A delivery command's own output that names a full mailbox (Postfix
	// local/pipe: "Command died with status 75: \"/usr/bin/maildrop\". Command
	// output: maildrop: maildir over quota."): the output says more than the
	// exit status, as lda16.command-output-network reads a connection in it.
	// Probe of the mta22 work, after batch b.
	{ID: "mta22.command-output-quota", Any: []string{"command output:"},
		With: []string{"over quota", "quota exceeded", "mailbox is full", "mailbox full", "disk quota exceeded", "exceeded storage"},
		Cat:  MailboxFull, Pri: lda16Pri + 8,
		Summary: "The delivery command (a pipe or local delivery agent such as maildrop or procmail) could not store the message: its output says the recipient's mailbox is over its quota.",
		Fix: []string{"Tell the recipient by another channel: they must delete mail or get a larger quota.",
			"A deferred message (exit status 75) is retried; a bounced one can be resent once there is room."}},

	// The receiving server's log of a client whose reverse DNS does not check
	// out: Postfix smtpd's "warning: hostname X does not resolve to address IP"
	// and "warning: IP: address not listed for hostname X" (smtpd_peer.c),
	// Exim's "no host name found for IP address IP". The client's PTR name,
	// not a recipient domain (dash15.host-cannot-be-found read "does not
	// resolve" as one); such a client is "unknown", which
	// reject_unknown_client_hostname refuses ("cannot find your hostname").
	// Probe of the mta22 work, after batch b.
	{ID: "mta22.client-reverse-dns", Any: []string{"does not resolve to address", "address not listed for hostname", "no host name found for ip address"},
		With: []string{"hostname", "host name"},
		Cat:  PTRRequired, Pri: 20, Actor: ActorSenderAdmin,
		Summary: "The receiving server could not confirm the connecting client's host name: its reverse DNS (PTR) name does not resolve back to its IP address (or it has none). Servers that require it refuse such clients (Postfix: \"Client host rejected: cannot find your hostname\").",
		Fix: []string{"If you run the sending server: give its IP a PTR record whose name resolves back to the same IP (forward-confirmed reverse DNS); ask the IP's owner (your provider) to set it.",
			"Check: `dig -x IP` and `dig A name` must agree."}},

	// sendmail's return receipt ("DSN: Return receipt", the report with "The
	// following addresses had successful delivery notifications"): the
	// message was delivered and the sender had asked to be told
	// (NOTIFY=SUCCESS) (held-out batch 22-mta b).
	{ID: "mta22.return-receipt", Any: []string{"dsn: return receipt", "had successful delivery notifications"},
		Cat: Success, Pri: 10,
		Summary: "A return receipt: the message was delivered to the recipient's mailbox (or relayed to a system that does not send receipts), and the sender had asked to be told.",
		Fix:     []string{"Nothing to do: the message was delivered."}},
}

// eximQuotedEHLOResponse reports a code at t[k:] that Exim quotes as the
// EHLO answer that made it fall back to HELO ("Remote host closed connection
// in response to HELO x (EHLO response was: 500 5.5.1 ...)"): that answer is
// context, not the line's reply; the deferral is Exim's own words, read as a
// delivery line without a remote reply (eximDeliveryFailure; held-out batch
// 22-mta).
// The enhanced code of the quoted answer (found when the basic code was
// skipped) is inside the same parenthesis: it is context too.
func eximQuotedEHLOResponse(t string, k int) bool {
	if k > len(t) {
		return false
	}
	i := strings.LastIndex(strings.ToLower(t[:k]), "(ehlo response was: ")
	return i >= 0 && !strings.Contains(t[i:k], ")")
}

// sendmailRejectFieldAt reports a code at s[i:] that is the value of
// sendmail's "reject=" log field ("ruleset=check_relay, arg1=..., reject=421
// 4.3.2 Too many open connections.", "Milter: data, reject=550 5.7.1 ..."):
// the reply sendmail sent for that refusal (held-out batch 22-mta, whose
// check_relay rows had lost their basic code).
func sendmailRejectFieldAt(s string, i int) bool {
	const field = "reject="
	return i >= len(field) && strings.EqualFold(s[i-len(field):i], field) &&
		(i == len(field) || s[i-len(field)-1] == ' ' || s[i-len(field)-1] == ',')
}

// sendmailRejectContext keeps the fields of a sendmail log line before its
// "reject=" reply in the text the rules read ("ruleset=check_relay, ...,
// arg2=127.0.0.4, ..."): they say which check refused (a DNS blocklist's
// answer in arg2), which the reply's own words ("Access denied") do not.
func (li *lineInfo) sendmailRejectContext(t string, k int) {
	if li.reply && sendmailRejectFieldAt(t, k) {
		li.text = strings.TrimSpace(strings.TrimSpace(t[:k]) + " " + li.text)
	}
}
