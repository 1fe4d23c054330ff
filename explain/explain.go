// Package explain is the one place in smtpgw that knows what an SMTP reply
// means. It parses replies in the forms engineers paste (bare codes, enhanced
// status codes, multi-line replies, Postfix/Exim log lines, DSN fields,
// Microsoft NDR text), and explains them: the meaning of the basic code
// (RFC 5321 §4.2 and extensions) and of the enhanced status code (RFC 3463,
// RFC 5248 and the IANA registry), whether the condition is transient or
// permanent, a cause category from a fixed vocabulary, who must act, and
// concrete remediation steps.
//
// probe, send and relay call Explain to annotate the replies they see.
package explain

import "errors"

// Class tells whether a reply reports success, a transient failure (the
// sending MTA retries by itself) or a permanent one (it does not).
type Class string

// Classes of a reply (RFC 5321 §4.2.1, RFC 3463 §3.1).
const (
	ClassSuccess   Class = "success"
	ClassTransient Class = "transient"
	ClassPermanent Class = "permanent"
	ClassUnknown   Class = "unknown"
)

// Category is the cause of a reply, from a fixed vocabulary.
type Category string

// The category vocabulary. Every explained reply gets exactly one.
const (
	UserUnknown     Category = "user-unknown"
	MailboxFull     Category = "mailbox-full"
	MailboxDisabled Category = "mailbox-disabled"
	Moved           Category = "moved"
	HostUnknown     Category = "host-unknown"
	RelayDenied     Category = "relay-denied"
	AuthRequired    Category = "auth-required"
	AuthFailed      Category = "auth-failed"
	TLSRequired     Category = "tls-required"
	SenderAuth      Category = "sender-auth"
	Reputation      Category = "reputation"
	PTRRequired     Category = "ptr-required"
	RateLimited     Category = "rate-limited"
	Greylisted      Category = "greylisted"
	SpamContent     Category = "spam-content"
	Virus           Category = "virus"
	Policy          Category = "policy"
	SenderInvalid   Category = "sender-invalid"
	MessageTooBig   Category = "message-too-big"
	RFCNoncompliant Category = "rfc-noncompliant"
	Syntax          Category = "syntax"
	ServerError     Category = "server-error"
	Network         Category = "network"
	Expired         Category = "expired"
	Success         Category = "success"
	Unknown         Category = "unknown"
)

// Categories lists the whole vocabulary, in documentation order.
var Categories = []Category{
	UserUnknown, MailboxFull, MailboxDisabled, Moved, HostUnknown, RelayDenied,
	AuthRequired, AuthFailed, TLSRequired, SenderAuth, Reputation, PTRRequired,
	RateLimited, Greylisted, SpamContent, Virus, Policy, SenderInvalid,
	MessageTooBig, RFCNoncompliant, Syntax, ServerError, Network, Expired,
	Success, Unknown,
}

// ErrNoCode is returned by Parse when the input carries no SMTP reply code
// and no enhanced status code.
var ErrNoCode = errors.New("no SMTP reply code found")

// Reply is one SMTP reply, as parsed from a wire exchange, a log line or a
// bounce. Code is 0 when the input carries only an enhanced status code.
type Reply struct {
	Input      string   // the input it was parsed from, as given
	Code       int      // basic reply code (RFC 5321 §4.2), 0 when absent
	Enhanced   string   // enhanced status code (RFC 3463) "5.7.26", "" when absent
	Text       string   // the reply text without codes, lines joined by a space
	Lines      []string // the reply lines as received (multi-line replies)
	Stage      string   // SMTP stage when known: "CONNECT", "EHLO", "MAIL FROM", "RCPT TO", "DATA", "END OF DATA", ...
	RemoteHost string   // remote host when the input names it
	Recipient  string   // the recipient the reply is about, when known (bounces, Exim lines)
	Action     string   // DSN action when known: "failed", "delayed", "delivered", ... (RFC 3464 §2.3.3)
	// Status is the status the reporting MTA gave (a DSN's Status field, a
	// log's dsn=), when the input has one; Enhanced is the reply's own code
	// when the reply carries one, else this.
	Status string

	// OriginalRecipient is the address the sender used when the server
	// rewrote it to Recipient (Postfix orig_to=, DSN Original-Recipient:,
	// "expanded from" in Postfix bounces); empty when it is the same.
	OriginalRecipient string
	Sender            string // the envelope sender a log line names (Postfix from=, Exim F=)
	Client            string // the SMTP client a receiving server's log line is about ("localhost[127.0.0.1]")
	User              string // the SASL user name of an authentication log line
	// Context is the wording around the reply that is not part of it: the
	// words before it on its line when it sits inside running text
	// ("Delivery has expired. Last error: 451 ...") and the input's other
	// lines that are neither replies nor commands (a bounce's "Message could
	// not be delivered for 5 days"). A wrapper may tell the outcome that the
	// reply itself does not.
	Context string
	// Note says what the parser inferred that the input does not carry
	// itself (e.g. the reply a server sends for a log line without a code).
	Note string

	// loggedIn: a transcript showed the server accept the client's login
	// (235) before the reply (rules_final15.go)
	loggedIn bool
}

// Actor is who must act on a reply.
type Actor string

// Actors.
const (
	ActorNone           Actor = "none"
	ActorSender         Actor = "sender"
	ActorSenderAdmin    Actor = "sender's admin"
	ActorRecipient      Actor = "recipient"
	ActorRecipientAdmin Actor = "recipient's admin"
)

// Explanation is what a Reply means. The JSON field names are a documented,
// stable schema (README "explain --json").
type Explanation struct {
	Input           string   `json:"input"`
	Code            *int     `json:"code"` // null when the input carried no reply code (the one member that is always present: docs/json.md)
	Enhanced        string   `json:"enhanced,omitempty"`
	Text            string   `json:"text,omitempty"`
	Class           Class    `json:"class"`
	Category        Category `json:"category"`
	Provider        string   `json:"provider,omitempty"`
	Summary         string   `json:"summary"`
	CodeMeaning     string   `json:"code_meaning,omitempty"`
	EnhancedMeaning string   `json:"enhanced_meaning,omitempty"`
	Retry           bool     `json:"retry"`
	Actor           Actor    `json:"actor"`
	Stage           string   `json:"stage,omitempty"`
	RemoteHost      string   `json:"remote_host,omitempty"`
	Recipient       string   `json:"recipient,omitempty"`
	OriginalRcpt    string   `json:"original_recipient,omitempty"` // the address the sender used, when the server rewrote it (Postfix orig_to=)
	Sender          string   `json:"sender,omitempty"`             // envelope sender named by a log line
	Client          string   `json:"client,omitempty"`             // SMTP client a receiving server's log line is about
	User            string   `json:"sasl_username,omitempty"`      // SASL user of an authentication failure
	Note            string   `json:"note,omitempty"`               // what was inferred rather than read (e.g. the code of a log line that has none)
	Remediation     []string `json:"remediation"`
	References      []string `json:"references"`
	Blocklist       string   `json:"blocklist,omitempty"` // the DNS blocklist the reply names, if any
	// RetryAfter is the wait a temporary reply asks for in so many words
	// ("try again in 300 seconds", "retry after 5 minutes"), in seconds; 0
	// when it names none.
	RetryAfter int    `json:"retry_after_seconds,omitempty"`
	Rule       string `json:"rule,omitempty"` // id of the knowledge entry that matched, if any
	Why        *Why   `json:"why,omitempty"`  // how the verdict was reached (ExplainWhy, --explain-why)

	api bool // the code is an HTTP status of a sending service's API (FromAPI)
}

// FromAPI reports an explanation of a sending service's API failure: its
// code is an HTTP status, not an SMTP reply. What retries there is the
// sender's application, which resends the request, not a sending MTA.
func (e Explanation) FromAPI() bool { return e.api }

// Why tells how a verdict was reached: what decided the category and every
// rule that matched, best first (smtpgw explain --explain-why).
type Why struct {
	Decided string    `json:"decided"` // what decided the category: a rule, the enhanced code, the basic code, the stage
	Rules   []WhyRule `json:"rules"`   // every rule that matched, best first
}

// WhyRule is one rule that matched a reply.
type WhyRule struct {
	Rule     string   `json:"rule"`
	Category Category `json:"category"`
	Tier     string   `json:"tier"`     // "strong", "weak" (generic wording) or "no-verdict" (a rule of category unknown)
	Evidence int      `json:"evidence"` // keyword characters and code/provider/stage weights (see docs/explain.md)
	Matched  []string `json:"matched"`  // the keywords found, and the code, provider and stage conditions met
	Won      bool     `json:"won"`
	Lost     string   `json:"lost,omitempty"` // why it did not decide
}
