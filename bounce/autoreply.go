package bounce

import "strings"

// Auto-replies (RFC 3834): Auto-Submitted: auto-replied, the X-Autoreply /
// X-Autorespond headers of common responders, Precedence: auto_reply, and
// the subjects of vacation and out-of-office notices. Challenge-response
// systems ask the sender to confirm before the message is delivered.

func isAutoReply(m *msg) bool {
	if !m.hasHeader || m.fromHas("mailer-daemon", "postmaster") {
		return false
	}
	as := lowerASCII(m.get("Auto-Submitted"))
	if strings.HasPrefix(as, "auto-replied") || m.get("X-Autoreply") != "" || m.get("X-Autorespond") != "" || m.get("X-Autoresponder") != "" ||
		strings.EqualFold(m.get("Precedence"), "auto_reply") || m.get("X-Vacation") != "" {
		return true
	}
	return m.subjectHas(autoReplySubjects...) || as != "" && as != "no" && m.has(autoReplyPhrases...)
}

var autoReplySubjects = []string{"out of office", "out of the office", "automatic reply", "auto-reply", "autoreply", "auto reply", "auto:",
	"vacation", "away from", "abwesenheit", "abwesend", "automatische antwort", "réponse automatique", "reponse automatique", "absence",
	"respuesta automática", "risposta automatica", "fuori sede", "自動応答", "自動返信", "不在", "自动回复", "автоответ", "нет в офисе"}

var autoReplyPhrases = []string{"out of the office", "out of office", "on vacation", "limited access to email", "will be back", "i am away", "i'm away", "currently away"}

func isChallenge(m *msg) bool {
	if !m.hasHeader {
		return false
	}
	for _, h := range []string{"X-Boxbe-Challenge", "X-Spam-Arrest", "X-ChoiceMail-Registration-Request", "X-Sendio-Challenge", "X-Challenge"} {
		if m.get(h) != "" {
			return true
		}
	}
	return m.has(challengePhrases...) || m.subjectHas("please confirm your message", "verify your email", "confirm your e-mail", "sender verification", "spam arrest", "boxbe", "needs your confirmation", "challenge")
}

var challengePhrases = []string{"i use a challenge-response", "challenge/response", "challenge-response", "to confirm that you are a real person",
	"confirm that you are a human", "verify that you are a real person", "prove you are human", "spamarrest.com", "boxbe.com",
	"click the link below to confirm your message", "your message is being held until you confirm", "please verify your email address so that your message",
	"awaiting your verification", "choicemail"}
