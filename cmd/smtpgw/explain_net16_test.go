package main

import (
	"strings"
	"testing"
)

// Input forms of TLS, DNS and connection failures (issue 10, held-out
// batch 16-net) through the command, as the argument and on standard
// input. The wording is new (not rows of the batch).

// An older Office 365 NDR's attempt list, newest first; a .NET
// stack trace of a failed TLS handshake; Go's resolver on a server failure.
func TestExplainNet16FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"5/6/2025 8:15:00 AM - Remote Server at corp.example (198.51.100.12) returned '550 4.4.7 QUEUE.Expired; message expired'\n5/5/2025 11:02:41 PM - Remote Server at corp.example (198.51.100.12) returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"'", "expired", "permanent", ""},
		{"Unhandled exception. System.Security.Authentication.AuthenticationException: The remote certificate was rejected by the provided RemoteCertificateValidationCallback.\n   at System.Net.Security.SslStream.SendAuthResetSignal(ProtocolToken message, ExceptionDispatchInfo exception)", "tls-required", "permanent", ""},
		{"level=error msg=\"mail failed\" err=\"dial tcp: lookup smtp.corp.example on 127.0.0.53:53: server misbehaving\"", "network", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument: a TLS certificate verification result, a
// sending MTA's own TLS log line (transient), a verified TLS session (a
// success), a name Windows could not resolve.
func TestExplainNet16FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Mailer error: unable to get local issuer certificate", "tls-required", "permanent"},
		{"smtp-out: Error on session 9f8e7d6c5b4a3921: IO Error: error:0A00042E:SSL routines::tlsv1 alert protocol version", "tls-required", "transient"},
		{"Jan  9 07:00:01 gw postfix/smtp[412]: Verified TLS connection established to mx.corp.example[198.51.100.12]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)", "success", "success"},
		{"OSError: [Errno 11001] getaddrinfo failed", "host-unknown", "permanent"},
	})
}

// Exim's debug output, whose lines start with the process id: the pid is
// no reply code. As the argument it is one paste, explained by its failed
// delivery; on standard input it is a log whose one failure line is
// explained, and no line is taken for a success.
func TestExplainNet16EximDebugPid(t *testing.T) {
	t.Parallel()
	debug := "  731 delivering 1tQwEr-0007Xy-2B\n  731 LOG: MAIN\n  731   == lee@corp.example R=dnslookup T=remote_smtp defer (110): Connection timed out"
	checkArgVerdicts(t, []argVerdict{{debug, "network", "transient"}})

	out, errOut, code := runCLI(t, debug+"\n", "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var explained []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, `{"totals"`) {
			continue
		}
		explained = append(explained, checkJSONLine(t, line))
	}
	if len(explained) != 1 {
		t.Fatalf("%d explanations, want 1 (the failed delivery):\n%s", len(explained), out)
	}
	if m := explained[0]; m["category"] != "network" || m["class"] != "transient" || m["code"] != nil {
		t.Errorf("got %v/%v code %v (rule %v), want network/transient without a code", m["category"], m["class"], m["code"], m["rule"])
	}
}

// Batch b's forms through the command: Stalwart's outbound trace on
// standard input (the MTA's own: transient); as the argument, a PHP
// mailer's debug transcript that fails right after the server agreed to
// start TLS (a client's TLS failure: permanent), a probe's TLS start (a
// success), a mail client that could not find the host.
func TestExplainNet16bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"INFO delivery{id=77}: smtp::outbound::delivery: context=\"tls\" event=\"unavailable\" mx=\"mx.corp.example\" reason=\"STARTTLS was not advertised by host\"", "tls-required", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"2025-03-02 10:00:01 CLIENT -> SERVER: STARTTLS\n2025-03-02 10:00:01 SERVER -> CLIENT: 220 2.0.0 Ready to start TLS\nSMTP Error: Could not connect to SMTP host.\nSMTP connect() failed.", "tls-required", "permanent"},
		{"=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256", "success", "success"},
		{"Could not find the host \"smtp.corp.example\"", "host-unknown", "permanent"},
	})
}
