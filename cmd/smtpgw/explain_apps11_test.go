package main

import (
	"strings"
	"testing"
)

// Input forms of applications' logs (issue 10, held-out batch 11-apps)
// through the command, in new wording (not rows of the batch): one per line
// on standard input, and multi-line pastes as the argument and on standard
// input.
func TestExplainApps11FormsStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		// a Go error chain that ends in EOF: no reply came
		{`level=error msg="Notify for alerts failed" err="email[0]: notify retry canceled after 2 attempts: create SMTP client: EOF"`, "network", "transient", ""},
		// Nodemailer's JSON of a refused login: the stage is AUTH
		{`{"code":"EAUTH","command":"AUTH LOGIN","response":"550 5.2.1 [DB9PR02CA0004]","responseCode":550,"message":"Invalid login: 550 5.2.1 [DB9PR02CA0004]"}`, "auth-failed", "permanent", "AUTH"},
		// JavaMail's connection wrapper around a 5xx greeting: a server answered
		{"javax.mail.MessagingException: Could not connect to SMTP host: mx.bank.example, port: 25, response: 554", "unknown", "permanent", ""},
	})
}

func TestExplainApps11FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		// a PHP stack trace: "line 222" is a source line, the exception's words decide
		{"[mail] Error: ServiceException: Could not send message: Server is not accepting SMTP connections.\n\n0. /srv/www/apps/mail/lib/Transport.php line 222", "network", "transient"},
		// a debug transcript whose last reply agreed to start TLS, then the
		// client's error: a client's TLS failure, permanent (the class
		// follows the TLS category since held-out batch 16-net b)
		{"CLIENT -> SERVER: STARTTLS\nSERVER -> CLIENT: 220 2.0.0 Ready to start TLS\nSMTP Error: Could not connect to SMTP host.\nCLIENT -> SERVER: QUIT", "tls-required", "permanent"},
	})
	// the same transcript piped on standard input gives the same single verdict
	in := "CLIENT -> SERVER: STARTTLS\nSERVER -> CLIENT: 220 2.0.0 Ready to start TLS\nSMTP Error: Could not connect to SMTP host.\nCLIENT -> SERVER: QUIT\n"
	out, errOut, code := runCLI(t, in, "explain", "--json", "-")
	if code != 0 || !strings.Contains(out, `"category":"tls-required"`) || strings.Count(out, `"category"`) != 1 {
		t.Errorf("exit %d (%s), want one tls-required explanation:\n%s", code, errOut, out)
	}
	// a human-readable note says why the 220 did not decide
	out, _, code = runCLI(t, "", "explain", "CLIENT -> SERVER: STARTTLS\nSERVER -> CLIENT: 220 2.0.0 Ready to start TLS\nSMTP Error: Could not connect to SMTP host.")
	if code != 0 || !strings.Contains(out, "The last reply (220) succeeded") {
		t.Errorf("exit %d, want the note on the successful reply:\n%s", code, out)
	}
}
