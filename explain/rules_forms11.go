package explain

// Wording held-out batch 11-forms (testdata/corpus/heldout11-forms.tsv)
// showed inside the bounce bodies people paste:
//
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
