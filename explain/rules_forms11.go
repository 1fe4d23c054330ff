package explain

// Wording held-out batch 11-forms (testdata/corpus/heldout11-forms.tsv)
// showed inside the bounce bodies people paste:
//
//   - (batch c) a server that did not answer, in the words of Windows'
//     telnet and the IIS SMTP service ("did not respond to a connection
//     attempt", "Could not open connection to the host ... Connect
//     failed"): network; IIS's "Unable to bind to the destination server
//     in DNS": the destination does not resolve (host-unknown); a gateway's
//     virus scanner that was unavailable ("AV Service Unavailable"): the
//     gateway's own fault, deferred (server-error);
//   - (batch b) an NDR that could not deliver "in the time limit
//     specified" (Exchange 2007): an expiry, permanent although its code
//     is 4.4.7; Sendmail's "host map: lookup (domain): deferred": a DNS
//     lookup that failed for now (network);
//   - Gmail's words for a connection that failed ("The recipient server did
//     not accept our requests to connect"): network;
//   - a resolver's answer that the recipient's domain has no such name or no
//     records for mail, as a bounce generator words it ("DNS Error: Domain
//     name not found" in Gmail's older notices, "DNS server returned answer
//     with no data" — NODATA: the name exists but has no MX or address
//     record): the domain accepts no mail (host-unknown), not a DNS lookup
//     that failed for now (network). Said of the sender's domain it stays
//     the sender's (sender-invalid rules).

var forms11Rules = []rule{
	// (batch 11-forms c) a connection that no server answered, in the
	// words of Windows' telnet client and the IIS SMTP service's event log
	{ID: "forms11.no-connection", Any: []string{"did not respond to a connection attempt", "did not respond to the connection attempt", "could not open connection to the host",
		"could not open a connection to the host", "connect failed"},
		// (a TLS connect step that failed is the handshake's: rules_net16.go)
		Not: []string{"ssl-connect", "ssl connect", "tls connect", "tls-connect"},
		Cat: Network, Pri: conceptPri + 10,
		Summary: "No connection to the receiving server could be opened: it did not answer (down, filtered, or port 25 blocked on the way)."},
	// (batch 11-forms c) IIS SMTP: the destination's name did not resolve
	{ID: "forms11.bind-in-dns", Any: []string{"unable to bind to the destination server in dns", "unable to bind to the destination server"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The destination's mail server could not be found in DNS (no MX or address record resolved for the domain)."},
	// (batch 11-forms c) a gateway's own virus scanner that was not
	// available when the message came: the gateway defers it
	{ID: "forms11.scanner-unavailable", Any: []string{"av service unavailable", "antivirus service unavailable", "anti-virus service unavailable", "virus scanning service was temporarily unavailable",
		"virus scanner unavailable", "virus scanner not available", "scanner temporarily unavailable", "av scanner unavailable", "content scanner unavailable"},
		Cat: ServerError, Pri: conceptPri + 10,
		Summary: "The receiving gateway's own virus scanner was not available, so it deferred the message; it is retried when the scanner is back."},
	// (batch 11-forms b) an NDR that says the message was not delivered
	// within the time allowed: the queue lifetime ran out
	{ID: "forms11.time-limit", Any: []string{"in the time limit specified", "within the time limit", "within the delivery time limit", "delivery time limit",
		"in the time allowed", "within the time allowed"},
		Not: []string{"smtp time limit", "session time limit", "connection time limit", "command time limit"},
		Cat: Expired, Pri: conceptPri + 10,
		Summary: "The message could not be delivered within the time the sending server allows (its queue lifetime) and was returned."},
	// (batch 11-forms b) Sendmail's "host map: lookup (domain): deferred"
	// in its queue listing and logs: the DNS lookup of the destination
	// failed for now
	{ID: "forms11.sendmail-host-map", Any: []string{"host map"}, With: []string{"deferred", "temporary failure", "try again"},
		Cat: Network, Pri: conceptPri + 10,
		Summary: "The DNS lookup of the recipient's domain failed for now (Sendmail's host map deferred it); Sendmail retries."},
	// Gmail's delay and bounce notices word a connection that failed as the
	// server not accepting "our requests to connect"
	{ID: "forms11.requests-to-connect", Any: []string{"did not accept our requests to connect", "not accept our requests to connect", "refused our requests to connect"},
		Cat: Network, Weak: true, // (an expiry said beside it, "Giving up after 5 days", is the outcome)
		Summary: "The recipient's mail server did not accept the sending server's connections (refused, timed out or closed)."},
	{ID: "forms11.domain-name-not-found", Any: []string{"domain name not found", "domain name does not exist", "answer with no data", "answer with no records",
		"returned no data for", "no data for the domain"},
		Not: []string{"sender", "mail from", "envelope from", "from address", "from domain", "helo", "ehlo", "reverse", "ptr", "try again", "timed out", "timeout"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The recipient's domain has no DNS records for mail: the name does not exist, or it exists without an MX or address record, so the message cannot be routed."},
}
