package main

import "testing"

// Input forms of TLS, DNS and connection failures (issue 10, held-out
// batch 17-net) through the command, as the argument and on standard
// input. The wording is new (not rows of the batch).

// As the argument: an Erlang client's error tuple whose innermost atom is
// the cause, a Windows Sockets error in .NET's words, Postfix's TLS policy
// warning (the MTA's own: transient), an Exchange NDR that joined a
// multi-line reply into one line, a resolver's time limit.
func TestExplainNet17FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"** exception error: {error,retries_exceeded,\n      {network_failure,\"relay.corp.example\",{error,nxdomain}}}", "host-unknown", "permanent"},
		{"System.Net.Sockets.SocketException (10065): A socket operation was attempted to an unreachable host. 198.51.100.25:587", "network", "transient"},
		{"Jun  3 02:10:44 gw postfix/smtp[5120]: warning: TLS policy lookup for corp.example/mx.corp.example: client TLS configuration problem", "tls-required", "transient"},
		{"Diagnostic information for administrators:\n\nGenerating server: ex01.shop.example\n\nrelay.isp.example #550-The domain in the email address 'kim@gone.example' does not 550 exist ##", "host-unknown", "permanent"},
		{"dns.exception.Timeout: The resolution lifetime expired after 5.100 seconds: Server 192.0.2.53 UDP port 53 answered The DNS operation timed out.", "network", "transient"},
	})
}

// On standard input, one paste per line: a Go log line whose error chain
// ends in a Windows Sockets name, a Rust client's Debug error, an Exim log
// line of a DANE lookup that failed (the MTA retries).
func TestExplainNet17FormsStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{"level=error msg=\"send failed\" err=\"smtp: dial tcp 198.51.100.25:25: connectex: WSAETIMEDOUT\"", "network", "transient", ""},
		{"mailer error: Io(Custom { kind: InvalidData, error: WebPKIError(NotValidForName) })", "tls-required", "permanent", ""},
		{"2025-06-03 02:10:44 1uQwEr-000Xy1-2B == ops@corp.example R=dnslookup T=remote_smtp defer (-1): DANE error: tlsa lookup DEFER", "tls-required", "transient", ""},
	})
}

// Batch 17-net b as command input: Go's TLS version error (the version is
// no reply code), a JDK debug line naming a TLS alert, qmail's bounce that
// states it gave up over a 4.x.x reason (one paste, as the argument).
func TestExplainNet17bForms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"level=error msg=\"smtp send\" err=\"tls: server selected unsupported protocol version 301\"", "tls-required", "permanent"},
		{"Hi. This is the qmail-send program at lists.corp.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<ops@far.example>:\nCNAME lookup failed temporarily. (#4.4.3)", "network", "permanent"},
	})
	checkStdinPastes(t, []stdinPaste{
		{"javax.net.ssl|ERROR|31|pool-2-thread-1|2025-03-02 08:00:00.101 UTC|TransportContext.java:361|Fatal (PROTOCOL_VERSION): The client supported protocol versions [TLSv1.3, TLSv1.2] are not accepted by server preferences [TLS11]", "tls-required", "permanent", ""},
	})
}
