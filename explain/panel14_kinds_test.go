package explain

import "testing"

// The kinds held-out batch 14-panel found on its only run, in new wording (not
// the batch's rows).

// The sender's own account blocked for what it sent: for spam it is the
// source's reputation, for volume a rate, for other abuse the host's policy;
// a recipient's disabled mailbox stays one. (common22's convention: an
// account state for spam — restricted, suspended, disabled — is the
// provider's hold, policy; words without a state stay reputation.)
func TestKindPanel14OwnAccountBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Outgoing mail for info@shop.example is restricted for sending spam; contact support", Policy, ClassPermanent},
		{"550 5.7.1 This mailbox was used to send unsolicited bulk mail and may not send now", Reputation, ClassPermanent},
		{"554 Sender involved in spamming campaigns, refused", Reputation, ClassPermanent},
		{"550 Your mailbox was suspended for sending excessive messages in one hour", RateLimited, ClassPermanent},
		{"Your e-mail account is blocked: more than 40 of its messages were returned today. Reset its password to send again.", Policy, ClassPermanent},
		// a recipient's mailbox that is disabled stays the recipient's
		{"550 5.2.1 <kim@corp.example>: mailbox is suspended", MailboxDisabled, ClassPermanent},
	})
}

// A mailbox locked by failed logins is an authentication lockout; one that
// unlocks itself is temporary; a recipient's account locked (in a reply to
// RCPT TO) stays a disabled mailbox.
func TestKindPanel14FailedLoginLock(t *testing.T) {
	checkKinds(t, []kindCase{
		{"535 5.7.8 Account locked out after 5 failed logon attempts", AuthFailed, ClassPermanent},
		{"Login refused: an incorrect password was used too many times; the account will be unlocked in 30 minutes", AuthFailed, ClassTransient},
		{"550 5.2.1 kim@corp.example recipient rejected: mailbox locked after failed login attempts", MailboxDisabled, ClassPermanent},
	})
}

// Plesk's handler verdicts name the check (SPF, DKIM/DMARC, greylisting,
// antivirus) and whether it passed; a Postfix reply with only X.7.1 after
// such a line takes its cause from it; a passed check is no failure.
func TestKindPanel14PleskHandlers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jan  9 04:11:52 web5 psa-pc-remote[3310]: 4B2C1D0E9F: REJECT during call 'dmarc' handler", SenderAuth, ClassPermanent},
		{"psa-pc-remote[771]: DEFER during call '/usr/local/psa/handlers/before-queue/05-grey-9f8e7d/executable' handler", Greylisted, ClassTransient},
		{"psa-pc-remote[771]: REJECT during call 'drweb' handler", Virus, ClassPermanent},
		{"psa-pc-remote[902]: REJECT during call 'spf' handler\npostfix/cleanup[903]: 1A2B3C4D5E: milter-reject: END-OF-MESSAGE from relay.example[198.51.100.4]: 5.7.1 Command rejected; from=<a@sender.example> to=<b@rcpt.example>", SenderAuth, ClassPermanent},
		{"postfix-local[6112]: PASS during call 'spf' handler", Success, ClassSuccess},
		// the same Postfix line alone names no cause: X.7.1 decides
		{"postfix/cleanup[903]: 1A2B3C4D5E: milter-reject: END-OF-MESSAGE from relay.example[198.51.100.4]: 5.7.1 Command rejected; from=<a@sender.example> to=<b@rcpt.example>", Policy, ClassPermanent},
	})
}

// Exim's ratelimit log names a sending rate; a mailbox in maintenance waits
// in the queue (temporary), a server in maintenance is the server's.
func TestKindPanel14RateAndMaintenance(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2024-02-02 08:00:00 H=(desk) [192.0.2.15] F=<a@shop.example> temporarily rejected RCPT <b@far.example>: Sender rate 95.0 / 10m", RateLimited, ClassTransient},
		{"Mailbox is in maintenance: messages for it are queued at the MTA until it is active", MailboxDisabled, ClassTransient},
		{"421 4.3.2 Service is in maintenance mode, try again later", ServerError, ClassTransient},
	})
}
