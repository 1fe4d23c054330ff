package explain

import "testing"

// The codeless gate's kinds of held-out batch 18-codeless
// (docs/heldout/heldout18-codeless.md), in new wording: a failure word with a
// word of mail is a delivery outcome (unknown, with the class its words
// give), read also in identifiers and in text run together; a record that
// opens with its status takes that status's class; a text with a failure
// word and no word of mail, or none at all, is still refused.
func TestKindCodeless18Gate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail to ana@far.example was refused", Unknown, ClassPermanent},
		{"the email got rejected", Unknown, ClassPermanent},
		{"Your e-mail bounced", Unknown, ClassPermanent},
		{"message to ana@far.example failed, retry scheduled", Unknown, ClassTransient},
		{"mailer exception while handing over the envelope", Unknown, ClassUnknown},
		{"lib_smtp::Error::Broken", Unknown, ClassUnknown},
		{"Thenotificationemailwasdeniedbytheremotesideforthisaddress", Unknown, ClassPermanent},
		{"Bounced - contact 4411", Unknown, ClassPermanent},
		{"Deferred: attempt 3 of 9", Unknown, ClassTransient},
	})
	for _, in := range []string{
		"Error: file not found",
		"no errors in mail queue",
		"the quick brown fox",
		"Invalid entry in the config file",
		"Jan  9 10:11:12 gw postfix/smtpd[9]: connect from unknown[192.0.2.1]",
		"nothingtoseeherebutaverylongwordwithoutspacesatall",
		"Weekly digest of rejected messages attached",
		"Unhandled exception at /opt/shop/src/NewsletterMailer.rb:88",
	} {
		if _, err := explainOne(in); err == nil {
			t.Errorf("%q: explained, want the gate to refuse it", in)
		}
	}
}

// A library's status names stand for their code and its documented text
// wherever they stand in a codeless text; nodemailer's error codes for their
// documented descriptions.
func TestKindCodeless18LibraryNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"bulk job stopped: SMTP relay answered InsufficientStorage", ServerError, ClassTransient},
		{"newsletter failed (MustIssueStartTlsFirst)", TLSRequired, ClassPermanent},
		{"smtp result for ana@far.example: UserNotLocalTryAlternatePath", Moved, ClassPermanent},
		{"MailKit.Security.AuthenticationException: AuthenticationInvalidCredentials", AuthFailed, ClassPermanent},
		{"SmtpStatusCode.EncryptionRequiredRequestedMechanism", TLSRequired, ClassPermanent},
		{"mailer: transport said ENOAUTH", AuthRequired, ClassPermanent},
		{"job 42 failed, err.code=EOAUTH2", AuthFailed, ClassPermanent},
		{"queue worker: EPROXY while opening the session", Network, ClassTransient},
		{"sending stopped with EMAXLIMIT", RateLimited, ClassTransient},
	})
}

// Vocabulary of batch 18-codeless: a platform's suppressions in its own
// words, an account's plan used up, an OAuth2 token that could not be
// refreshed, gen_smtp's missing auth.
func TestKindCodeless18Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Skipped: contact flagged as bounced", UserUnknown, ClassPermanent},
		{"This subscriber marked as spam by the recipient last month", Policy, ClassPermanent},
		{"Not sent - contact already unsubscribed", Policy, ClassPermanent},
		{"Dropped - monthly plan quota reached", RateLimited, ClassPermanent},
		{"xoauth2: failed to refresh the access token", AuthFailed, ClassPermanent},
		{"{error,retries_exceeded,{missing_requirement,\"smtp.near.example\",auth}}", AuthRequired, ClassPermanent},
		// a filter's verdict stays the message's content
		{"Your message was marked as spam by our content filter", SpamContent, ClassPermanent},
	})
}

// Batch 18-codeless b's kinds, in new wording: an upper-case constant that
// is a member of an error or status type reads as its words (but a
// "<place>_ERROR" says only where); a suppression whose cause is soft
// bounces is permanent; a platform's hard-bounced address state, a
// feedback-loop complaint and an e-mail opt-out are read by their words.
func TestKindCodeless18bConstantsAndSuppressions(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailClient.SendStatus.MAILBOX_FULL", MailboxFull, ClassPermanent},
		{"mailer: SmtpResult::RELAY_DENIED", RelayDenied, ClassPermanent},
		{"Sender.SmtpError.NETWORK_ERROR", Unknown, ClassUnknown},
		{"Contact deactivated after 4 soft bounces", Unknown, ClassPermanent},
		{"Lead unmailable: hard bounced address", UserUnknown, ClassPermanent},
		{"Bounce class: FBL complaint", Policy, ClassPermanent},
		{"Status: email opted out", Policy, ClassPermanent},
		{"smtp relay: wrong port for the submission service", Unknown, ClassUnknown},
		// an antivirus signature's name (ClamAV's Platform.Category.Name-ID)
		{"Threat: Doc.Downloader.Emotet-6954132-0", Virus, ClassPermanent},
		// a soft bounce that suppresses nothing stays temporary
		{"Soft bounce: Mailbox is inactive.", MailboxDisabled, ClassTransient},
	})
}
