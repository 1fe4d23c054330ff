package explain

// Rules of helper parse24 (issue 10, session 19): the forms of held-out
// batches 24-parse (docs/heldout/heldout24-parse.md). Most kinds were fixed
// where the input is read (forms24.go); the rules below read a log form's
// own fields. Each kind is tested in new wording in parse24_kinds_test.go.

var parse24Rules = []rule{
	// OpenSMTPD's record of a client's login that its table refused
	// (smtp_session.c: "smtp authentication user=X ... result=permfail";
	// held-out batch 24-parse): the credentials failed. ("tempfail" is the
	// lookup's own failure, not the client's.)
	{ID: "parse24.opensmtpd-auth-permfail", Any: []string{"result=permfail"}, With: []string{"authentication user=", "event=authentication"},
		Cat:     AuthFailed,
		Summary: "The mail server refused the client's login: the user name or password was wrong (OpenSMTPD's authentication log).",
		Fix:     []string{"Check the user name and password the client uses; OpenSMTPD looks them up in its credentials table."}},
	// an address that expired: a dated or disposable address the receiver
	// no longer accepts mail for (Haraka's tutorial plugin: "550 Expired
	// email address"; held-out batch 24-parse b). "Expired" here is the
	// address's, not a message's queue lifetime (mta.expired).
	{ID: "parse24.address-expired", Any: []string{"expired email address", "expired e-mail address", "expired address", "address has expired", "address is expired",
		"address expired", "alias has expired", "alias is expired", "alias expired"},
		Not: []string{"sender", "certificate"},
		Cat: MailboxDisabled, Pri: 14,
		Summary: "The recipient address has expired: the receiving server no longer accepts mail for it (a dated or disposable address).",
		Fix:     []string{"Ask the recipient for a current address, and remove the expired one from your lists."}},
	// an address that does not exist, in the broken English some servers
	// answer with ("550 SL E515 Email not exist", SimpleLogin; held-out batch
	// 24-parse b): "email" here is the address (concept.user-unknown reads
	// mailbox words, which "email" is not: it also names the message)
	{ID: "parse24.email-not-exist", Any: []string{"email not exist", "email not exists", "email address not exist", "e-mail not exist", "email is not exist"},
		Not: []string{"sender", "from address", "mail from"},
		Cat: UserUnknown, Pri: 14,
		Summary: "The recipient address does not exist at the receiving server.",
		Fix:     []string{"Check the recipient address for typos and confirm it with the recipient by another channel."}},
}
