package explain

// Rules of batch 24 helper allb24 (issue 10): the kinds held-out batch
// 24-allb's first run found wrong (docs/heldout/heldout24-allb.md). Each
// kind is tested in new wording in allb24_kinds_test.go.

const allb24Pri = conceptPri + 12

var allb24Rules = []rule{
	// the sender address or its domain said not to exist ("The domain of
	// the sender address x@y does not exist", "sender domain does not
	// exist"): the envelope sender, not a recipient (Mailgun's list of
	// sender-verification refusals); mta.user-unknown read "does not exist"
	{ID: "allb24.sender-domain-not-exist", Any: []string{"domain of the sender address", "domain of the sender", "sender domain", "sender's domain", "sender address domain", "domain of the from address", "from domain"},
		With: []string{"does not exist", "doesn't exist", "not exist", "no such domain", "not found", "could not be resolved", "cannot be resolved", "does not resolve"},
		Not:  []string{"recipient", "rcpt to"},
		Cat:  SenderInvalid, Pri: allb24Pri,
		Summary: "The sender (envelope From) address's domain does not exist, so the receiver refused the mail.",
		Fix:     []string{"Send from an address in a domain that exists and has MX or A records; check the envelope sender (bounce address) your service uses."}},
	// a sender address the account does not own, said without "by user"
	// ("553 sender address not owned", as Postfix's "Sender address
	// rejected: not owned by user": the docs' convention for an address
	// the account may not use)
	{ID: "allb24.sender-not-owned", Any: []string{"sender address not owned", "sender not owned", "address not owned", "sender domain not owned", "from address not owned"},
		Cat: SenderInvalid, Pri: allb24Pri,
		Summary: "The server refused the sender address: the logged-in account does not own it.",
		Fix:     []string{"Send from the account's own address (or an alias or domain verified for it)."}},
	// a temporary fault of the system said in Chinese ("系统暂时出现故障，请稍后
	// 再次尝试发送", NetEase's "local error in processing" glossed): the
	// server's own trouble, not a wait between messages
	{ID: "allb24.zh-system-fault", Any: []string{"系统暂时出现故障", "系统出现故障", "系统故障", "服务器故障", "服务器出现故障", "系统暂时故障", "系统繁忙"},
		Cat: ServerError, Pri: allb24Pri,
		Summary: "The server had a temporary fault of its own and did not take the message; it works again later.",
		Fix:     []string{"Send again later; if it lasts, tell the provider's support with the time of the attempt."}},
	// Exim's require_files check failing on the server (a file it could
	// not read: "require_files: error for /home/x/etc/domain: Permission
	// denied", logged as "sender verify defer"): the receiving server's
	// set-up, not a refusal by its policy
	{ID: "allb24.exim-require-files-error", Any: []string{"require_files"},
		With: []string{"error", "permission denied", "no such file"},
		Cat:  ServerError, Pri: allb24Pri,
		Summary: "The receiving Exim could not read a file its router checks (require_files): a problem of that server's set-up or permissions.",
		Fix:     []string{"If the server is yours, fix the file's permissions or path that the log names; otherwise tell its administrator."}},
}
