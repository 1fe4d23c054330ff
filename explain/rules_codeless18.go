package explain

import (
	"slices"
	"strings"
)

// Rules and forms of helper codeless18 (issue 10, session 13): the codeless
// gate's refusals and the class of texts without a reply code, from held-out
// batch 18-codeless's first run (docs/heldout/heldout18-codeless.md). Each
// kind is tested in new wording in codeless18_kinds_test.go and through the
// command in cmd/smtpgw/explain_codeless18_test.go.
//
//   - The gate (weakDeliveryOutcome): a text without a code is a delivery
//     outcome when it joins a failure word (failed, error, refused,
//     rejected, denied, invalid, timeout, bounce, dropped, deferred, too
//     many, not sent, exception, ...) to a word of mail (email, mail,
//     message, recipient, sender, mailbox, SMTP, delivery, ...), both read
//     after identifiers are split into words ("LocalErrorInProcessing",
//     "SMTPSyntaxError", "daaki_smtp::Error::Closed"; only for the gate:
//     the rules still read a library's class names such as Ruby's
//     SMTPServerBusy or Python's SMTPSenderRefused whole, since they name a
//     reply's class or stage, not its cause); or when it opens
//     with a delivery status and a separator ("Deferred: ...", "Dropped -
//     ..."). Such a text is explained as unknown when no rule finds its
//     cause, its class from its words (a bounce, a refusal, a rejection, a
//     drop or a block is permanent; a deferral, "temporarily", a timeout or
//     "try again" transient; "failed" or "error" alone neither): an honest
//     unknown instead of exit 2. A failure word with no mail word ("Error:
//     file not found") is still refused, and so is "no errors".
//   - A library's status names anywhere in a codeless text
//     (codeless18LibraryNames): System.Net.Mail's, MailKit's and
//     Aspose.Email's SmtpStatusCode names stand for their code and its
//     documented text ("Mail not sent: LocalErrorInProcessing" is 451's
//     local error in processing), and nodemailer's error codes (lib/errors.js:
//     ENOAUTH, EOAUTH2, EPROTOCOL, EMAXLIMIT, ...) for their documented
//     descriptions, which the rules read.
var codeless18Rules = []rule{
	// gen_smtp's {missing_requirement, Host, auth}: the server must be
	// logged in to and the client has no credentials or the server no AUTH
	// (the tls sibling is net16.tls-requirement-missing)
	{ID: "codeless18.auth-requirement-missing", Any: []string{"missing_requirement"},
		With: []string{",auth}", ", auth}", ",auth)", "missing requirement auth"},
		Cat:  AuthRequired, Pri: conceptPri + 10,
		Summary: "The client requires SMTP authentication for this server ({auth, always}) and could not log in: it has no credentials, or the server offers no AUTH on this port.",
		Fix: []string{"Give the client the account's username and password (or use the submission port 587 or 465, where the server offers AUTH).",
			"Check with `smtpgw probe host:587` that the server lists AUTH after STARTTLS."}},
	// an address a platform marked as bounced ("Dropped: The email address is
	// marked as bounced"): a suppression after a hard bounce, as
	// esp13.bounced-before reads "bounced before"
	{ID: "codeless18.marked-bounced", Any: []string{"marked as bounced", "marked as bouncing", "flagged as bounced", "marked as a hard bounce", "marked as hard bounced"},
		Not: []string{"spam", "complaint", "unsubscribe"},
		Cat: UserUnknown, Pri: 18,
		Summary: "The platform did not send: the address bounced as invalid before and is marked so (a suppression after a hard bounce)."},
	// a person's complaint said as "marked spam by (the) user / recipient":
	// the platform's suppression (policy), as esp13.spam-report reads
	// "marked your email as spam"; a filter's verdict ("marked as spam by
	// our filter") stays spam-content
	{ID: "codeless18.marked-spam-by-person", Any: []string{"marked spam by user", "marked spam by the user", "marked spam by recipient", "marked spam by the recipient",
		"marked as spam by user", "marked as spam by the user", "marked as spam by recipient", "marked as spam by the recipient", "marked as spam by the subscriber",
		"marked spam by subscriber", "marked as spam by a user", "marked as spam by a recipient"},
		// (the recipient's server or filter is a verdict on the content)
		Not: []string{"recipient's", "filter", "server", "system"},
		Cat: Policy, Pri: esp9Pri + 4,
		Summary: "The platform does not send: the recipient marked earlier mail as spam (a complaint), and the address is suppressed."},
	// a contact who unsubscribed before ("Previously unsubscribed",
	// "already unsubscribed"): the platform's suppression, as
	// esp13.unsubscribed reads a drop reason
	{ID: "codeless18.previously-unsubscribed", Any: []string{"previously unsubscribed", "already unsubscribed", "earlier unsubscribed", "unsubscribed earlier", "unsubscribed previously",
		// a contact's opt-out as its state ("Email Opt Out", Pardot; batch 18-codeless b)
		"email opt out", "email opt-out", "email opted out", "opted out of email"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The platform does not send: the recipient unsubscribed earlier (or opted out)."},
	// the sender's plan or package used up ("Recipient List over Package
	// Quota"): a sending limit of the account, as the corpus reads credits
	// used up (rate-limited), not a mailbox's quota
	{ID: "codeless18.plan-quota", Any: []string{"package quota", "plan quota", "plan's quota", "subscription quota", "package limit", "plan limit",
		// the plan's allowance said other ways (concept20)
		"plan's sending limit", "plan sending limit", "plan's limit", "limit of your plan", "included in your plan", "included in the plan", "plan allows",
		"quota of your subscription", "subscription's quota", "subscription limit", "quota of your plan", "plan's email quota", "plan email limit"},
		Cat: RateLimited, Pri: conceptPri + 10,
		Summary: "The sending platform refused the message: the account's plan (package) allows no more recipients or messages in this period.",
		Fix:     []string{"Upgrade the plan or wait for its quota to renew; then send the message again."}},
	// an address suppressed or unmailable because it hard-bounced, said as
	// its state ("Prospect unmailable: Pardot Hard Bounced"): the address
	// does not exist, as mta7.suppressed-bounced
	// reads "previously bounced" (batch 18-codeless b). An event that only
	// says its bounce was hard ("Bounce type: Hard") names no address state.
	{ID: "codeless18.suppressed-hard-bounce", Any: []string{"hardbounce", "hard bounced", "hard-bounced", "hard bounce"},
		// (not a suppression's reason alone, "Suppression reason: Hard bounced":
		// heldout13-espb labels it unknown, the reason not saying whether the
		// address or its domain does not exist)
		With: []string{"unmailable", "do not email", "do not mail", "prospect", "invalid or no longer", "no longer exists"},
		// (a domain that no longer exists is the cause, host-unknown: batch 23-codeless b)
		Not: []string{"soft", "complaint", "unsubscribe", "domain"},
		Cat: UserUnknown, Pri: 12,
		Summary: "The platform does not send: the address hard-bounced (it does not exist) and is suppressed."},
	// an address that is not valid or no longer exists, as a platform's
	// bounce class says it ("the e-mail is invalid or no longer exists")
	{ID: "codeless18.address-no-longer-exists", Any: []string{"no longer exists", "no longer exist"},
		With: []string{"e-mail", "email", "address", "mailbox", "account", "recipient"},
		Not:  []string{"domain", "list", "group", "file", "folder", "message"},
		Cat:  UserUnknown, Pri: conceptPri + 8,
		Summary: "The recipient's address is not valid or no longer exists."},
	// a feedback loop's complaint as a platform's bounce class ("Feedback
	// loop"): a person marked the mail as spam (policy), as esp13.spam-report
	{ID: "codeless18.feedback-loop", Any: []string{"feedback loop", "feedback-loop", "fbl complaint", "fbl report"},
		Cat: Policy, Pri: esp9Pri,
		Summary: "The platform does not send: a recipient's mailbox provider reported a complaint through its feedback loop (the person marked the mail as spam), and the address is suppressed."},
	// an antivirus signature's name, Platform.Category.Name-ID as ClamAV
	// names them ("Threat: Win.Dropper.Fareit-9802767-0"): the category
	// between the dots is malware's kind (mta.virus knows "trojan" and
	// "worm." but not these; heldout14's first-run refusal)
	{ID: "codeless18.malware-signature-name", Any: []string{".dropper.", ".downloader.", ".ransomware.", ".spyware.", ".exploit.", ".backdoor.", ".keylogger.",
		".coinminer.", ".adware.", ".packed.", ".infostealer.", ".rat."},
		Cat: Virus, Pri: conceptPri + 8,
		Summary: "A virus scanner found malware in the message (the name is an antivirus signature: platform, kind of malware, family); it was refused or quarantined.",
		Fix:     []string{"Do not resend the message: remove the attachment or link the scanner named, and scan the sending system for the malware."}},
	// an OAuth2 token that could not be made or refreshed (nodemailer's
	// EOAUTH2, "OAuth2 token generation or refresh error"): the login
	{ID: "codeless18.oauth-token-error", Any: []string{"token generation", "token refresh", "refresh error", "refreshing the token", "refresh the token", "failed to refresh", "could not refresh"},
		With: []string{"oauth", "xoauth2", "token"},
		Cat:  AuthFailed, Pri: conceptPri + 10,
		Summary: "The client could not log in: it failed to get or refresh the OAuth2 access token for the account.",
		Fix:     []string{"Check the OAuth2 client id, secret and refresh token in the application; authorize the account again if the grant was revoked."}},
}

// codelessWords appends to dst the lower-case words of s, identifiers split
// at their joins: "_", a lower-case letter before an upper-case one, the
// last capital of an acronym before a word ("SMTPSyntaxError": smtp syntax
// error), and letters next to digits ("Smtpd521Exception": smtpd 521
// exception). An apostrophe inside a word stays ("can't").
func codelessWords(dst []string, s string) []string {
	if len(s) > maxExplainText {
		s = s[:maxExplainText]
	}
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			dst = append(dst, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == '/' || c == '\\') && i+1 < len(s) && isAlnum(s[i+1]) {
			// a path or a URL ("/srv/app/lib/OrderMailer.php"): its
			// names are no words of the text
			b.Reset()
			for i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n' && s[i+1] != '\t' {
				i++
			}
			continue
		}
		switch {
		case isAlnum(c):
			if i > 0 && b.Len() > 0 {
				p := s[i-1]
				upper, pLower, pUpper := c >= 'A' && c <= 'Z', p >= 'a' && p <= 'z', p >= 'A' && p <= 'Z'
				switch {
				case upper && pLower, isDigit(c) != isDigit(p) && isAlnum(p):
					flush()
				case upper && pUpper && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z':
					flush()
				}
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		case c == '\'' && b.Len() > 0 && i+1 < len(s) && isAlpha(s[i+1]):
			b.WriteByte(c)
		default:
			flush()
		}
	}
	flush()
	return dst
}

// codelessFailureWord reports a word that fails a delivery when a word of mail stands with them
// (weakDeliveryOutcome), with the class each gives (ClassUnknown: none).
// Words of delay ("temporarily", "deferred", "retry", "later") make the
// class transient whatever else the text says ("temporarily rejected");
// otherwise a refusal, a bounce, a drop or a block is permanent, and a
// timeout transient.
func codelessFailureWord(x string) (Class, bool) {
	switch x {
	case "failed", "fail", "fails", "failure", "failures", "error", "errors", "exception", "unable", "cannot", "wrong",
		"can't", "couldn't", "missing", "invalid", "exceeded", "undelivered", "unreachable", "unavailable":
		return ClassUnknown, true
	case "refused", "rejected", "reject", "denied", "bounce", "bounced", "dropped", "blocked", "suppressed", "expired":
		return ClassPermanent, true
	case "deferred", "timeout", "timed":
		return ClassTransient, true
	}
	return codeless20FailureWord(x) // batch 20-codeless's (rules_codeless20.go)
}

// codelessDelayWord reports a word that makes a weak outcome's class transient.
func codelessDelayWord(x string) bool {
	switch x {
	case "temporarily", "temporary", "deferred", "retry", "retrying", "later":
		return true
	}
	return false
}

// codelessMailWords are the words of mail that make a failure word a
// delivery's (weakDeliveryOutcome).
var codelessMailWords = [...]string{"email", "emails", "mail", "mails", "message", "messages", "recipient", "recipients", "rcpt", "sender",
	"mailbox", "smtp", "smtpd", "mx", "delivery", "deliver", "delivered", "inbox", "envelope", "mailer", "sendmail", "starttls",
	"helo", "ehlo", "postmaster", "bounce"}

func codelessMailWord(x string) bool {
	return slices.Contains(codelessMailWords[:], x) || codeless20MailWord(x) || codeless25MailWord(x) // (rules_codeless25.go: possessives, mail services)
}

// codelessLeadStatus are delivery statuses that open a record ("Deferred:
// IPs reached max port limit", "Dropped - ...").
func codelessLeadStatus(x string) (Class, bool) {
	switch x {
	case "deferred":
		return ClassTransient, true
	case "dropped", "bounced", "bounce", "rejected", "blocked":
		return ClassPermanent, true
	case "failed", "undelivered":
		return ClassUnknown, true
	}
	return ClassUnknown, false
}

// weakDeliveryOutcome reports a text without a code whose words state that a
// delivery failed, weakly (the gate's first kind above), and the class its
// words give with the word that gives it.
func weakDeliveryOutcome(s string) (bool, Class, string) {
	var buf [64]string
	w := codelessWords(buf[:0], s)
	if len(w) == 0 {
		return codeless25Localized(s) // (rules_codeless20.go, rules_codeless25.go)
	}
	// a record that opens with its status ("Deferred: ...", "Dropped - ...")
	if c, lead, ok := leadStatus(s); ok {
		return true, c, lead
	}
	if ok, c, m := runTogetherOutcome(s); ok {
		return true, c, m
	}
	if codeless20QueueEntry(s) {
		return true, ClassTransient, "a message waiting in the queue" // (rules_codeless20.go)
	}
	if c, tok, ok := codeless20StatusToken(s); ok {
		return true, c, tok // a daemon's upper-case status in its log line (rules_codeless20.go)
	}
	fail, mail := false, false
	perm, delay, timeout := "", "", ""
	for i, x := range w {
		if codelessMailWord(x) {
			mail = true
		}
		if codelessDelayWord(x) && delay == "" {
			delay = x
		}
		c, ok := codelessFailureWord(x)
		switch {
		case x == "not" && i+1 < len(w) && (w[i+1] == "sent" || w[i+1] == "delivered" || w[i+1] == "accepted" || w[i+1] == "permitted" || w[i+1] == "allowed"):
			fail = true
		case x == "too" && i+1 < len(w) && (w[i+1] == "many" || w[i+1] == "large" || w[i+1] == "big" || w[i+1] == "long"):
			fail = true
		case codeless20Option(w, i):
			// an option's name ("Delayed send"), no outcome (rules_codeless20.go)
		case codeless20Negation(w, i) || codeless20NoSubject(w, i):
			fail = true // (rules_codeless20.go)
		case codeless20Retry(w, i):
			fail = true
			if timeout == "" {
				timeout = x
			}
		case !ok || i > 0 && w[i-1] == "no" || x == "timed" && (i+1 == len(w) || w[i+1] != "out"):
		case i+1 < len(w) && (w[i+1] == "emails" || w[i+1] == "messages" || w[i+1] == "mails"):
			// a word that describes earlier mail ("a summary of bounced
			// emails", as causeOutcomeWording): no outcome of this one
		default:
			fail = true
			if c == ClassPermanent && perm == "" {
				perm = x
			}
			if c == ClassTransient && timeout == "" {
				timeout = x
			}
		}
	}
	switch {
	case !fail || !mail:
		if codeless20OutboxWaiting(w) {
			return true, ClassTransient, "a message waiting in the outbox" // (rules_codeless20.go)
		}
		return codeless25Localized(s) // a localized text (rules_codeless20.go; its concepts: rules_codeless25.go)
	case delay != "":
		return true, ClassTransient, delay
	case perm != "":
		return true, ClassPermanent, perm
	case timeout != "":
		return true, ClassTransient, timeout
	case codeless20ErrorQueue(s):
		return true, ClassPermanent, "error queue" // (rules_codeless20.go)
	}
	return true, ClassUnknown, ""
}

// codeless18Outcome reports weakDeliveryOutcome's verdict alone (the gate,
// recognisedWording).
func codeless18Outcome(s string) bool {
	ok, _, _ := weakDeliveryOutcome(s)
	return ok
}

// noClassNote is the note of a codeless text whose words give no class
// (classify.go); a weak outcome's class word replaces it.
const noClassNote = "The input carries no reply code: the category comes from the wording; the wording does not say whether the failure is temporary or permanent."

// statusNameTexts are the documented texts of the codes smtpStatusNames
// (forms_lib11.go) stand for: RFC 5321's and RFC 4954's reply texts, in the
// words System.Net.Mail's documentation gives where it adds to them. A name
// alone ("SmtpStatusCode.UserNotLocalTryAlternatePath") stands for its code
// and this text, which the rules read (451 is the local error in
// processing, 551 a user not local).
var statusNameTexts = [...]struct {
	code int
	text string
}{
	{421, "Service not available, closing transmission channel"},
	{432, "A password transition is needed"},
	{450, "Requested mail action not taken: mailbox unavailable (mailbox busy)"},
	{451, "Requested action aborted: local error in processing"},
	{452, "Requested action not taken: insufficient system storage"},
	{454, "The client was not authenticated or is not allowed to send mail using the SMTP host"},
	{500, "Syntax error, command unrecognized"},
	{501, "Syntax error in parameters or arguments"},
	{502, "Command not implemented"},
	{503, "Bad sequence of commands"},
	{504, "Command parameter not implemented"},
	{530, "Authentication required"},
	{534, "Authentication mechanism is too weak"},
	{535, "Authentication credentials invalid"},
	{538, "Encryption required for requested authentication mechanism"},
	{550, "Requested action not taken: mailbox unavailable"},
	{551, "User not local; please try <forward-path>"},
	{552, "Requested mail action aborted: exceeded storage allocation"},
	{553, "Requested action not taken: mailbox name not allowed"},
	{554, "Transaction failed"},
	{555, "MAIL FROM/RCPT TO parameters not recognized or not implemented"},
}

// statusNameText is the documented text of a status name's code ("" when
// none is listed); 530 is two names' code: its TLS name says STARTTLS.
func statusNameText(code int, name string) string {
	if name == "MustIssueStartTlsFirst" {
		return "Must issue a STARTTLS command first"
	}
	for _, t := range &statusNameTexts {
		if t.code == code {
			return t.text
		}
	}
	return ""
}

// statusNameOnly reports a message that is only a status name (the name
// read again as the exception's whole message).
func statusNameOnly(msg string) bool {
	m := strings.TrimSpace(msg)
	for _, n := range &smtpStatusNames {
		if m == n.name {
			return true
		}
	}
	return false
}

// nodemailerCodes are nodemailer's error codes (lib/errors.js, ERROR_CODES)
// with their documented descriptions, for the codes no other table reads
// (ETIMEDOUT and the operating system's names are read by rules_net17.go).
var nodemailerCodes = [...]struct{ code, text string }{
	{"ECONNECTION", "Connection closed unexpectedly"},
	{"ESOCKET", "Socket-level error"},
	{"EDNS", "DNS resolution failed"},
	{"ETLS", "TLS handshake or STARTTLS failed"},
	{"EREQUIRETLS", "REQUIRETLS not supported by server"},
	{"EPROTOCOL", "Invalid SMTP server response"},
	{"EENVELOPE", "Invalid mail envelope (sender or recipients)"},
	{"EMESSAGE", "Message delivery error"},
	{"EAUTH", "Authentication failed"},
	{"ENOAUTH", "Authentication credentials not provided"},
	{"EOAUTH2", "OAuth2 token generation or refresh error"},
	{"EMAXLIMIT", "Pool resource limit reached (max messages per connection)"},
	{"ESENDMAIL", "Sendmail command error"},
	{"ESES", "AWS SES transport error"},
	{"EPROXY", "Proxy connection error"},
}

// codeless18LibraryNames writes, after a text without a code, what the
// library names in it stand for: a status enum name anywhere (with two
// joins or more, or one in a text that names SMTP; not only after
// "StatusCode" as statusCodeName reads it) as "<code> <documented text>",
// and nodemailer's error codes as their descriptions.
func codeless18LibraryNames(s string) string {
	if len(s) > 4096 || carriesCode(s) {
		return s
	}
	var add []string
	code, name := 0, ""
	smtp := indexFold(s, "smtp") >= 0
	for i := 0; i < len(s); {
		if !isAlnum(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && (isAlnum(s[j]) || s[j] == '_') {
			j++
		}
		w := s[i:j]
		for _, n := range &nodemailerCodes {
			if w == n.code && !slices.Contains(add, n.text) {
				add = append(add, n.text)
			}
		}
		if code == 0 && (camelJoins(w) >= 2 || smtp && camelJoins(w) == 1) {
			for _, n := range &smtpStatusNames {
				if w == n.name {
					code, name = n.code, n.name
					break
				}
			}
		}
		i = j
	}
	if code != 0 {
		add = append(add, itoa(code)+" "+statusNameText(code, name))
	}
	if len(add) == 0 {
		return s
	}
	return s + "\n" + strings.Join(add, "\n")
}

// statusNameAtName is the status name that ends at s[end] ("" when none).
func statusNameAtName(s string, end int) string {
	i := end
	for i > 0 && isAlpha(s[i-1]) {
		i--
	}
	return s[i:end]
}

// leadStatus reports a record that opens with its own delivery status and a
// separator ("Deferred: IPs reached max port limit", "Dropped - Recipient
// List over Package Quota"), and the class of that status: the record's
// status, as a "Status:" field's is (outcomeStatus), whatever the category
// of the reason after it.
func leadStatus(s string) (Class, string, bool) {
	t := strings.TrimSpace(s)
	j := 0
	for j < len(t) && isAlpha(t[j]) {
		j++
	}
	c, ok := codelessLeadStatus(lowerASCII(t[:j]))
	if !ok {
		return ClassUnknown, "", false
	}
	rest := strings.TrimLeft(t[j:], " ")
	if rest == "" || rest[0] != ':' && rest[0] != '-' || len(strings.TrimLeft(rest[1:], " -")) == 0 {
		return ClassUnknown, "", false
	}
	return c, lowerASCII(t[:j]), true
}

// runTogetherOutcome reads a text whose words were run together without
// spaces ("Youremailwasrejectedbecause..."; a form or a copy that lost
// them): no word boundary is left, so the failure words and the words of
// mail are looked for inside it. Only a long text with no space at all is
// read so (30 letters or more, nearly all letters).
func runTogetherOutcome(s string) (bool, Class, string) {
	t := strings.TrimSpace(s)
	if len(t) < 30 || len(t) > 2048 || strings.ContainsAny(t, " \t\n") {
		return false, ClassUnknown, ""
	}
	letters := 0
	for i := 0; i < len(t); i++ {
		if isAlpha(t[i]) {
			letters++
		}
	}
	if letters*10 < len(t)*8 {
		return false, ClassUnknown, ""
	}
	l := lowerASCII(t)
	mail := false
	for _, w := range codelessMailWords {
		if len(w) >= 4 && strings.Contains(l, w) {
			mail = true
			break
		}
	}
	if !mail {
		return false, ClassUnknown, ""
	}
	for _, w := range runTogetherFailures {
		if strings.Contains(l, w) {
			c, _ := codelessFailureWord(w)
			return true, c, w
		}
	}
	return false, ClassUnknown, ""
}

// runTogetherFailures are the failure words runTogetherOutcome looks for,
// the ones that give a class first.
var runTogetherFailures = []string{"rejected", "refused", "denied", "bounced", "blocked", "deferred", "failed", "failure", "unable", "cannot", "invalid", "error"}

// enumMemberConstant reports an upper-case constant of one join that
// is a member of an error or status type ("Geary.SmtpError.AUTHENTICATION_FAILED",
// "Status::MAILBOX_FULL"): the name of the type before a "." or "::"
// ends in Error, Exception, Status, Code, Reason or Result. Alone, one join
// is too little to tell a name of words from an identifier ("SMTP_HOST");
// as such a member it is a name of a failure (textIdentifierWords).
func enumMemberConstant(s string, start, end int) bool {
	for i := start; i < end; i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	if strings.HasSuffix(s[start:end], "_ERROR") {
		return false // "<place>_ERROR" (SERVER_ERROR, PARSE_ERROR) says where, not why
	}
	j := start
	switch {
	case j >= 2 && s[j-2:j] == "::":
		j -= 2
	case j >= 1 && s[j-1] == '.':
		j--
	case j >= 3 && s[j-1] == ':' && s[j-2] >= 'A' && s[j-2] <= 'Z':
		// an error type NAMESPACE:CONSTANT (MuleSoft's EMAIL:UNKNOWN_HOST,
		// HTTP:CONNECTIVITY): an upper-case namespace names the module
		// (rules_tail21.go)
		k := j - 1
		for k > 0 && s[k-1] >= 'A' && s[k-1] <= 'Z' {
			k--
		}
		return j-1-k >= 2 && j-1-k <= 12 && (k == 0 || !isAlnum(s[k-1]))
	default:
		return false
	}
	k := j
	for k > 0 && isAlnum(s[k-1]) {
		k--
	}
	owner := lowerASCII(s[k:j])
	for _, suf := range [...]string{"error", "exception", "status", "code", "reason", "result"} {
		if strings.HasSuffix(owner, suf) {
			return true
		}
	}
	return false
}

// suppressedAfterSoftBounces reports a text that states an address's
// suppression (suppressed, set inactive, unmailable, "Do Not Email",
// unconfirmed) whose cause is soft bounces ("after five soft bounces",
// "SuppressionReason.Softbounce"): the soft bounces are the earlier mail,
// the suppression this text's outcome, and a suppression is permanent (the
// platform sends no more), as the corpus reads every suppression
// (docs/explain.md, "Labelling conventions"; batch 18-codeless b). marker
// is the word the class came from.
func suppressedAfterSoftBounces(text, marker string) bool {
	if indexFold(marker, "soft") < 0 && !slices.Contains(codeless21SoftBounce, strings.ToLower(marker)) && !slices.Contains(codeless24SoftBounce, strings.ToLower(marker)) {
		return false // (batch 24-codeless b: a soft bounce named in another language, "rebote temporal")
	}
	for _, w := range codeless24SoftHeld {
		if indexFold(text, w) >= 0 {
			return true
		}
	}
	for _, w := range [...]string{"suppress", "set to inactive", "set inactive", "marked inactive", "made inactive", "unmailable", "do not email", "do not mail", "unconfirmed", "deactivated",
		// batch 23-codeless: an address flagged or marked undeliverable, ("marked as undeliverable after ten failed attempts with soft bounces")
		"marked as undeliverable", "flagged as undeliverable", "marked undeliverable", "ineligible",
		// batch 24-codeless: an address archived, unsubscribed or opted out after soft bounces ("archived: the maximum soft bounce count was reached")
		"archived", "unsubscribed", "opted out"} {
		if indexFold(text, w) >= 0 {
			return true
		}
	}
	return false
}
