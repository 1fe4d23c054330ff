package explain

// Rules of batch 26 helper allb26 (issue 10): the kinds held-out batch
// 26-allb's first run found wrong (docs/heldout/heldout26-allb.md). Each
// kind is tested in new wording in allb26_kinds_test.go.

const allb26Pri = conceptPri + 12

var allb26Rules = []rule{
	// a Japanese message size said to be larger than what may be sent
	// ("メールサイズが送信可能サイズよりも大きいため…送信できませんでした"): the
	// message's size, as "サイズが大きすぎ" is; the comparison form
	// ("より(も)大きい") was not known. A mailbox's size or capacity is the
	// mailbox's (mailbox-full), not the message's.
	{ID: "allb26.ja-size-larger-than", Any: []string{"メールサイズが", "メールのサイズが", "メッセージサイズが", "メッセージのサイズが", "添付ファイルのサイズが"},
		With: []string{"よりも大き", "より大き", "を超えて", "を超過"},
		Not:  []string{"メールボックス", "容量"},
		Cat:  MessageTooBig, Pri: allb26Pri,
		Summary: "The message is larger than the size the server or application accepts.",
		Fix:     []string{"Send smaller attachments or a download link instead; compress or split the files."}},
	// a Russian refusal "by policy" ("письмо отклонено политикой", "отклонено
	// по политике безопасности"): the receiver's rules refused the message,
	// as the English "rejected by policy" reads (policy)
	{ID: "allb26.ru-rejected-by-policy", Any: []string{"отклонено политикой", "отклонено по политике", "отклонено согласно политике", "отклонено в соответствии с политикой", "отклонён политикой", "отклонен политикой", "отклонена политикой", "отклонено правилами"},
		// a policy that names an authentication check is that check's
		// (heldout20-langb: "отклонено политикой DMARC домена отправителя")
		Not: []string{"спам", "вирус", "dmarc", "spf", "dkim", "аутентифика"},
		Cat: Policy, Pri: allb26Pri,
		Summary: "The receiving server refused the message by its own policy (its rules), without naming another cause.",
		Fix:     []string{"Ask the recipient's administrator which rule refused the message, or send it another way."}},
}
