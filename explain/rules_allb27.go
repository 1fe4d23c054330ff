package explain

// Rules of batch 27-allb (issue 10, helper allb27, session 22): the kinds
// the first run of held-out batch 27-allb (categories ptr-required to unknown)
// found; see docs/heldout/heldout27-allb.md. Each kind is tested in new
// wording in allb27_kinds_test.go.

const allb27Pri = conceptPri + 12

var allb27Rules = []rule{
	// a Chinese message size said to exceed a limit ("邮件大小超过邮箱限制",
	// "附件大小超出", "郵件過大"): the message's size, as "message size
	// exceeds" reads. The size of the mailbox (its capacity, "邮箱容量",
	// "空间不足", "邮箱已满") is the mailbox's, not the message's.
	{ID: "allb27.zh-message-size-exceeds", Any: []string{"邮件大小超过", "邮件大小超出", "郵件大小超過", "郵件大小超出", "附件大小超过", "附件大小超出", "附件大小超過", "邮件过大", "郵件過大", "邮件太大", "郵件太大"},
		Not: []string{"邮箱容量", "信箱容量", "郵箱容量", "空间不足", "空間不足", "邮箱已满", "信箱已满", "信箱已滿", "郵箱已滿"},
		Cat: MessageTooBig, Pri: allb27Pri,
		Summary: "The message is larger than the size the server or application accepts.",
		Fix:     []string{"Send smaller attachments or a download link instead; compress or split the files."}},
}
