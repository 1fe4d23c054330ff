package main

import "testing"

// Kinds of helper app18 (issue 10, session 13; docs/heldout/heldout18-app.md),
// through the command, in new wording: Outlook's own error codes, libcurl's
// and a library's hidden-reply texts, an empty recipient, an API's 401, a
// version field, and a library's error object whose last line only repeats
// the code; each as the argument and piped (one explanation, the same
// verdict).
func TestExplainApp18Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"outlook-cant-find-host", argVerdict{"Task 'ann@home.example - Sending' reported error (0x800CCC0D) : 'The host could not be found.'", "host-unknown", "permanent"}},
		{"outlook-wrapper", argVerdict{"Task 'Office - Sending' reported error (0x80040109)", "unknown", "unknown"}},
		{"curl-recv", argVerdict{"mailer: libcurl: (56) Failure when receiving data from the peer", "network", "transient"}},
		{"net-smtp-hidden", argVerdict{"SMTP Error: Connection failed: Invalid response code received from the server", "unknown", "unknown"}},
		{"empty-recipient", argVerdict{"Can't use Channel::Driver::Smtp: #<ArgumentError: SMTP To address may not be blank: []>", "syntax", "permanent"}},
		{"api-401", argVerdict{"POST /v1/email -> 401 {\"message\":\"Unauthenticated.\"}", "auth-failed", "permanent"}},
		{"version-field", argVerdict{"{\"level\":\"error\",\"msg\":\"could not send notification: dial tcp 192.0.2.8:587: i/o timeout\",\"version\":\"5.4.2\"}", "network", "transient"}},
		{"no-local-mta", argVerdict{"cron[77]: (CRON) info (No MTA installed, discarding output)", "unknown", "unknown"}},
		{"postfix-main-cf", argVerdict{"sendmail: fatal: open /etc/postfix/main.cf: No such file or directory", "server-error", "transient"}},
		{"not-connected", argVerdict{"SMTP Error: Called DATA without being connected", "network", "transient"}},
		{"address-exception", argVerdict{"jakarta.mail.internet.AddressException: Illegal whitespace in address in string ``kim @lab.example''", "syntax", "permanent"}},
		{"wordless-last-reply", argVerdict{"ApiError: <html>\n<head><title>413 Request Entity Too Large</title></head>\n<body><center><h1>413 Request Entity Too Large</h1></center></body>\n</html>\n statusCode: 413 }", "message-too-big", "permanent"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
