package explain

import "testing"

// Held-out batch 25-prov's kinds, each in new wording (not the batch's rows),
// with the neighbours that must keep their verdicts.

// A spam class after Postfix's "Client host rejected:" names the connecting
// host as a spam source (reputation); a content or phishing verdict after it
// keeps the content reading.
func TestKindProv25ClientHostSpamClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 <relay.hoster.example[198.51.100.7]>: Client host rejected: SPAM-SOURCE", Reputation, ClassPermanent},
		{"454 4.7.1 <out2.isp.example[203.0.113.5]>: Client host rejected: classified as spam sender, try later", Reputation, ClassTransient},
		// the probe after batch b: spam classes and spam-trap hits given to the client
		{"554 5.7.1 Client host rejected: SPAM_IP", Reputation, ClassPermanent},
		{"554 5.7.1 <mx.shop.example[198.51.100.4]>: Client host rejected: spamtrap hits from your host", Reputation, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 5.7.1 Client host rejected: Rejected : Phishing", SpamContent, ClassPermanent},
		{"554 5.7.1 Client host rejected: message looks like spam", SpamContent, ClassPermanent},
		{"554 5.7.1 <mx.shop.example[198.51.100.4]>: Client host rejected: Access denied", Policy, ClassPermanent},
	})
}

// United Internet's explanation link ("senderguidelines?...&c=hi",
// "error-messages?ip=...&c=hi") names the group by its path when the paste
// masks the host: its case code reads as it does with the brand.
func TestKindProv25UnitedInternetLinkPath(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Transaction failed Reject due to policy restrictions. For explanation visit https://mail.example/email/senderguidelines?ip=192.0.2.61&c=hi", RFCNoncompliant, ClassPermanent},
		{"554-Transaction failed 554 For explanation visit https://postmaster.example/en/error-messages?ip=192.0.2.61&c=hi", RFCNoncompliant, ClassPermanent},
		// the probe: the postmaster's case page, and IONOS's help article id
		{"554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.example/en/case?c=r07&i=ip&v=192.0.2.3", RFCNoncompliant, ClassPermanent},
		{"554 For explanation visit https://www.hoster.example/help/index.php?id=2425&ip=192.0.2.1&c=hd", RFCNoncompliant, ClassPermanent},
	})
	checkKinds(t, []kindCase{ // neighbour: a bare policy refusal without the case code
		{"554 Transaction failed Reject due to policy restrictions.", Policy, ClassPermanent},
	})
}

// A refusal that sends the sender to the receiver's abuse desk ("Please
// contact abuse@...", "Write to abuse@...") is a block of the sending host
// (reputation), its class the code's; an abuse address as the recipient of
// a bounce, and a spam verdict that names the abuse desk for reports, keep
// their readings.
func TestKindProv25ContactAbuseDesk(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.7.0 Temporarily rejected (203.0.113.77). Please contact abuse@isp.example", Reputation, ClassTransient},
		{"554 Connection refused for 198.51.100.9, write to abuse@mail.example for details", Reputation, ClassPermanent},
		{"450 Try again later, or write to abuse@bigmail.example with this reference: 8c1f", Reputation, ClassTransient},
		// the probe after batch 25-prov b: the abuse desk in the regional languages
		{"421 Попробуйте позже. Обратитесь в abuse@mail.example", Reputation, ClassTransient},
		{"421 Versuchen Sie es später erneut. Bitte wenden Sie sich an abuse@isp.example", Reputation, ClassTransient},
		{"421 Réessayez plus tard. Contactez abuse@fai.example", Reputation, ClassTransient},
		{"421 Spróbuj później. Skontaktuj się z abuse@isp.example", Reputation, ClassTransient},
		{"421 请稍后再试，请联系 abuse@isp.example", Reputation, ClassTransient},
		{"421 잠시 후 다시 시도하세요. abuse@isp.example 로 문의하세요", Reputation, ClassTransient},
		{"421 Daha sonra tekrar deneyin. abuse@isp.example ile iletişime geçin", Reputation, ClassTransient},
	})
	checkKinds(t, []kindCase{ // neighbours
		{"550 spam message rejected. Please visit https://help.mail.example/notspam or report details to abuse@corp.mail.example", SpamContent, ClassPermanent},
		{"Bounce reason: The recipient's email address (abuse@shop.example) does not exist\n550 No such user", UserUnknown, ClassPermanent},
		{"421 Try again later", ServerError, ClassTransient},
		{"421 Temporarily deferred. Contact postmaster@isp.example", ServerError, ClassTransient},
		{"550 Possible email abuse detected. Please see the help page", SpamContent, ClassPermanent},
	})
}
