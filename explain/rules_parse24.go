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
}
