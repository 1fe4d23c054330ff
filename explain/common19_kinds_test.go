package explain

import "testing"

// The kinds helper common19 fixed (docs/heldout/heldout19-common.md), in new
// wording (not rows of a batch), with the neighbours that must not change.

// Gmail's bounce that points only to its help answer 69585 (blocked as spam
// or suspicious content), in other forms than the batches' rows; Gmail's
// other help answers keep their own meanings.
func TestKindCommon19GmailAnswer69585(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message blocked\nYour message to kai@far.example was not delivered. Message rejected. Learn more at https://support.google.example/mail/answer/69585", SpamContent, ClassPermanent},
		{"550 5.7.1 Message rejected. See https://support.google.example/mail/?hl=en&answer=69585 for more information. x12si34 - gsmtp", SpamContent, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550-5.1.1 The email account that you tried to reach does not exist. Learn more at https://support.google.example/mail/answer/6596 - gsmtp", UserUnknown, ClassPermanent},
		{"The recipient server did not accept our requests to connect. Learn more at https://support.google.example/mail/answer/7720 [mx.far.example 192.0.2.9: timed out]", Network, ClassTransient},
	})
}

// A provider's refusal of a server or IP for its users' complaints about
// the mail from it is the sender's reputation, over the bulk-mail policy
// it cites; a recipient's own complaint (a suppressed address) and Yahoo's
// TS deferrals keep theirs.
func TestKindCommon19ComplaintsAboutSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Mail from this server is refused: our members filed a high volume of complaints about mail from your IP address, in line with our unsolicited bulk mail policy.", Reputation, ClassPermanent},
		{"421 Too many user complaints concerning mail coming from your network; try again later", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"421 4.7.0 [TSS04] Messages from 192.0.2.44 temporarily deferred due to user complaints - 4.16.55.1", Reputation, ClassTransient},
		{"550 5.7.1 Message rejected as unsolicited bulk mail", SpamContent, ClassPermanent},
	})
}

// AOL's "will not accept delivery of this message" is its block of the
// sending IP, not a disabled mailbox by X.2.1; another provider's disabled
// account under X.2.1 keeps its reading.
func TestKindCommon19AOLWillNotAccept(t *testing.T) {
	checkKinds(t, []kindCase{
		{"host mailin-02.mx.aol.example[192.0.2.9] said: 521 5.2.1 :  AOL will not accept delivery of this message. (in reply to end of DATA command)", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.2.1 The mailbox is disabled and will not accept new messages", MailboxDisabled, ClassPermanent},
	})
}

// Postfix's success pasted without its 250 ("Message queued as <id>") is a
// success, not refused for want of a code; a transcript whose last failing
// reply follows a "queued as" keeps the failure.
func TestKindCommon19QueuedAs(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail queued as 9C8B7A6D5E", Success, ClassSuccess},
	})
	checkKinds(t, []kindCase{
		{"250 2.0.0 Ok: queued as 1A2B3C\n451 4.3.0 Error: queue file write error", ServerError, ClassTransient},
	})
}
