package explain

// common23Rules: rules added by the common23 work of session 18 (issue 10).
//
// The first group follows the labelling conventions common23 settled
// (docs/explain.md "Labelling conventions").
var common23Rules = []rule{
	// ---- a From domain the account may not use: a shared host's Exim ACL
	// "Your domain X is not allowed in header From" (DirectAdmin/cPanel
	// hosts refuse a From domain the account does not host) is the sender
	// address the account may not use, sender-invalid, as "You are not
	// allowed to use the domain X as a sender domain" and "Sender address
	// is not allowed" read (convention "a sender address or domain the
	// account may not use"). The continuation code of the flattened
	// multi-line reply may sit inside the words ("in header 550 From") ----
	{ID: "common23.header-from-domain-not-allowed", Any: []string{"header from", "not allowed in header", "in header from"},
		With: []string{"your domain", "domain is not allowed", "domain not allowed", "is not allowed", "not permitted"},
		Not:  []string{"spf", "dkim", "dmarc", "blacklist", "blocklist", "spam"},
		Cat:  SenderInvalid, Pri: pastePri + 2,
		Summary: "The server refused the message's From domain: the account or host that sends it may not use that domain (it is not one the account hosts).",
		Actor:   ActorSender,
		Fix: []string{"Send with a From address of a domain the sending account hosts (its own address or one of its aliases).",
			"For a web form, put the visitor's address in Reply-To and keep the From at the site's own domain."}},
}
