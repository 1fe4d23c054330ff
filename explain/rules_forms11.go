package explain

// Wording held-out batch 11-forms (testdata/corpus/heldout11-forms.tsv)
// showed inside the bounce bodies people paste:
//
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
