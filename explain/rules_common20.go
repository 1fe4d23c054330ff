package explain

// common20Rules: rules added by the common20 work of session 15 (issue 10);
// see docs/heldout/heldout20-common.md. Each is tested in new wording in
// common20_kinds_test.go.
var common20Rules = []rule{
	// The remote server's own reply broke the protocol (Exchange's "421 4.4.0 Remote
	// server response was not RFC conformant", a client's "invalid response from the
	// remote server"): the exchange with that server failed, the message is not at fault.
	// mta.rfc's "not rfc" and "malformed" are about the message; said of the remote's
	// response they name a transport failure, which the sending MTA retries.
	{ID: "common20.remote-response-malformed",
		Any: []string{"server response was not rfc", "remote server response was not", "response from the remote server was not",
			"invalid response from the remote server", "invalid response from remote server", "invalid response from remote host",
			"malformed response from remote", "malformed reply from remote", "remote server sent a malformed", "remote host sent a malformed",
			"remote server returned an invalid response", "remote server returned an unexpected response"},
		Cat: Network, Pri: 8,
		Summary: "The remote server's reply did not follow the SMTP protocol, so the exchange with it failed; the sending MTA retries, and the message itself is not at fault.",
		Fix: []string{"Look at the sending server's protocol log for the reply it could not parse: a broken firewall, proxy or SMTP-inspecting device in front of the remote server often causes it.",
			"If it persists, tell the remote side's postmaster which reply broke the protocol."}},
}
