package explain

// The kinds held-out batch 9-forum showed (testdata/corpus/heldout9-forum.tsv:
// replies pasted in the threads of people who run mail servers or send mail
// from applications). The parser's share (Exim's debug transcript with its
// process-id column) is in parse.go (skipDebugPID), the class of Postfix's
// delay notice in classify.go (statedTemporaryWording), and mta.policy no
// longer reads a library's "data not accepted" as a policy verdict.

var forumRules9 = []rule{
	// a client library's own wrapper for a refusal at the end of DATA,
	// without the server's words (PHPMailer's "SMTP Error: data not
	// accepted."): it says that the message was refused, not why nor whether
	// for good. A cause in the rest of the paste (PHPMailer's "Detail: ...
	// SMTP code: 550") is a verdict and outranks this rule.
	{ID: "forum9.library-data-not-accepted", Any: []string{"data not accepted"}, Cat: Unknown, Actor: ActorSenderAdmin,
		Summary: "The client library reports only that the server refused the message after its data; the server's reply, which says why, is not in this text.",
		Fix: []string{"Turn on the library's SMTP debug output (PHPMailer: $mail->SMTPDebug = 2) and send again: the server's reply after the message data names the cause.",
			"Common causes: the From address is not one the SMTP account may use, the message is too large, a spam or virus filter refused it, or a sending limit was reached."}},
}
