package main

import "testing"

// Kinds of helper concept20 (issue 10, session 15; docs/heldout/heldout20-concept.md),
// through the command, in new wording: the long tail's vocabulary by
// concept, second pass (an OAuth grant refused, a firewall or proxy in the
// way, a sending API's address field, the account's own email not verified,
// credits used up, an attachment type refused, a certificate's principal
// name, an application's gate verbs); each as the argument and piped (one
// explanation, the same verdict).
func TestExplainConcept20Kinds(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		argVerdict
	}{
		{"oauth-grant", argVerdict{"Token refresh: invalid_grant - the grant was revoked or has expired", "auth-failed", "permanent"}},
		{"aadsts", argVerdict{"AADSTS50173: The provided grant has expired due to it being revoked", "auth-failed", "permanent"}},
		{"middlebox", argVerdict{"Notification mail failed: outbound port 25 blocked by the hosting firewall", "network", "transient"}},
		{"api-address-format", argVerdict{"API error: the 'to' field must be a valid email address", "syntax", "permanent"}},
		{"account-email", argVerdict{"Verify your email address before sending your first campaign", "policy", "permanent"}},
		{"credits", argVerdict{"Send refused: credits balance is zero", "rate-limited", "permanent"}},
		{"attachment-type", argVerdict{"Attachment extension .scr is blocked", "policy", "permanent"}},
		{"cert-principal", argVerdict{"The target principal name is incorrect.", "tls-required", "permanent"}},
		{"gate-not-triggered", argVerdict{"Warning alert was not triggered through the mail transport", "unknown", "unknown"}},
		// held-out batch 20-concept's kinds
		{"remote-name", argVerdict{"WebException: The remote name could not be resolved: 'smtp.corp.example'", "host-unknown", "permanent"}},
		{"check-server-name", argVerdict{"Camera mail failed: check the SMTP server name", "host-unknown", "permanent"}},
		{"credits-used-up", argVerdict{"Mail not sent: not enough email credits left", "rate-limited", "permanent"}},
		{"api-client-error", argVerdict{"Shop::ApiError (error 401 while sending #<RestClient::Resource> to https://api.shop.example/send with {})", "auth-failed", "permanent"}},
		{"mail-module", argVerdict{"Error sending message using backend 'App::Mail::SMTP'.", "unknown", "unknown"}},
	} {
		checkPipedAsArgument(t, c.name, c.argVerdict)
	}
}
