package explain

// Exchange's categorizer (RESOLVER.*) codes that name a problem of the
// recipient's directory entry at the receiving organisation, whatever the
// words after them (Microsoft, "Email non-delivery reports and SMTP errors
// in Exchange Online"; Exchange Server's enhanced status code table):
// RESOLVER.ADR.BadPrimary (the recipient object has a bad or missing
// primary SMTP address), RESOLVER.ADR.Ambiguous (the address matches
// several objects). (RESOLVER.ADR.RecipNotFound/ExRecipNotFound is an
// unknown recipient: ms.recipnotfound; RESOLVER.RST.*: ms.auth-required-group.)
var tail13ResolverRules = []rule{
	{ID: "tail13.resolver-directory-object", Any: []string{"resolver.adr.badprimary", "resolver.adr.ambiguous"},
		Cat: ServerError, Provider: ProvMicrosoft, Pri: conceptPri + 6,
		Summary: "Exchange's categorizer could not route to the recipient's directory entry (RESOLVER.ADR.BadPrimary: no valid primary SMTP address; RESOLVER.ADR.Ambiguous: several objects have the address): a directory misconfiguration at the recipient's organisation.",
		Fix: []string{"Tell the recipient (by another channel) that their organisation's directory entry for the address is misconfigured; their Exchange admin must fix its primary SMTP address or the duplicate.",
			"Resend after it is fixed."},
		Refs: []string{refMSNDR}},
}

// withoutJSONStatusPhrase is text without the reason phrase of the HTTP
// server error that the JSON body of input carries as a member
// (jsonHTTPStatus: {"statusCode":504,"message":"Gateway Timeout"}): the
// phrase names the status, not a cause ("Timeout" is no network failure
// of a mail server), as withoutHTTPPhrase drops it after a status line's
// code.
//
//go:noinline
func withoutJSONStatusPhrase(input, text string) string {
	code := jsonHTTPStatus(input)
	if code/100 != 5 {
		return text
	}
	p := lowerASCII(httpReason(code)) // (indexFold takes a lower-case needle)
	for {
		i := indexFold(text, p)
		if i < 0 || p == "" {
			return text
		}
		text = text[:i] + text[i+len(p):]
	}
}
