package send

import (
	"crypto/hmac"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Redacted is what the transcript shows instead of an AUTH secret.
const Redacted = "<redacted>"

// authPreference ranks the mechanisms chosen by default (higher first).
// XOAUTH2 needs a token rather than a password and is used only when asked.
var authPreference = lazy.Value[map[string]int]{New: func() map[string]int { return map[string]int{"CRAM-MD5": 3, "PLAIN": 2, "LOGIN": 1} }}

// ChooseAuthMech picks the mechanism to use among those offered: the one
// asked for, or the best of CRAM-MD5, PLAIN and LOGIN.
func ChooseAuthMech(offered []string, asked string) (string, error) {
	if asked != "" {
		return strings.ToUpper(asked), nil
	}
	best, rank := "", 0
	for _, m := range offered {
		if r := authPreference.Get()[strings.ToUpper(m)]; r > rank {
			best, rank = strings.ToUpper(m), r
		}
	}
	if best == "" {
		if len(offered) == 0 {
			return "", fmt.Errorf("the server offers no AUTH mechanism in its EHLO reply")
		}
		return "", fmt.Errorf("the server offers AUTH %s, none of which smtpgw speaks (PLAIN, LOGIN, CRAM-MD5; XOAUTH2 only when asked for as the mechanism)", strings.Join(offered, " "))
	}
	return best, nil
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// CRAMMD5Response computes the RFC 2195 response to a decoded challenge.
func CRAMMD5Response(user, password string, challenge []byte) string {
	h := hmac.New(md5.New, []byte(password))
	h.Write(challenge)
	return user + " " + hex.EncodeToString(h.Sum(nil))
}

// XOAUTH2Initial is the XOAUTH2 initial client response (Google and
// Microsoft's SASL XOAUTH2).
func XOAUTH2Initial(user, token string) string {
	return "user=" + user + "\x01auth=Bearer " + token + "\x01\x01"
}

// refuse ends the session before AUTH by smtpgw's decision; the
// connection is fine and is closed with QUIT.
func (s *session) refuse(reason string) outcome {
	oc := s.fail(StageAuth, reason, false)
	oc.broken = false
	return oc
}

// auth runs the AUTH exchange. Every client response goes to the transcript
// as <redacted>.
func (s *session) auth() (outcome, bool) {
	o := s.o
	if !s.tls && !o.AllowPlaintextAuth {
		return s.refuse("refusing to send credentials over an unencrypted connection (the server did not offer STARTTLS, or it failed): use a server with TLS, or allow plaintext AUTH if you really mean it"), false
	}
	offered := s.ext.AuthMechanisms()
	mech, err := ChooseAuthMech(offered, o.AuthMech)
	if err != nil {
		return s.refuse(err.Error()), false
	}
	if len(offered) > 0 && !contains(offered, mech) {
		s.note(fmt.Sprintf("%s is not among the offered mechanisms (%s): trying it as asked", mech, strings.Join(offered, " ")))
	} else if len(offered) == 0 {
		s.note(fmt.Sprintf("the server does not advertise AUTH: trying %s as asked", mech))
	}
	s.note(fmt.Sprintf("authenticating as %s with %s", o.AuthUser, mech))
	user, pass := o.AuthUser, o.AuthPassword
	var st *Step
	switch mech {
	case "PLAIN":
		r, stp, err := s.cmd(StageAuth, "AUTH PLAIN "+b64("\x00"+user+"\x00"+pass), "AUTH PLAIN "+Redacted)
		st = stp
		if err != nil {
			return s.fromReply(StageAuth, st, err, false), false
		}
		if r.Code == 334 { // server ignored the initial response
			_, st, err = s.cmd(StageAuth, b64("\x00"+user+"\x00"+pass), Redacted)
			if err != nil {
				return s.fromReply(StageAuth, st, err, false), false
			}
		}
	case "LOGIN":
		r, stp, err := s.cmd(StageAuth, "AUTH LOGIN", "")
		st = stp
		for i := 0; err == nil && r.Code == 334 && i < 3; i++ {
			challenge, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(r.Text()))
			answer := user
			if i > 0 || strings.Contains(strings.ToLower(string(challenge)), "pass") {
				answer = pass
			}
			r, st, err = s.cmd(StageAuth, b64(answer), Redacted)
		}
		if err != nil {
			return s.fromReply(StageAuth, st, err, false), false
		}
	case "CRAM-MD5":
		r, stp, err := s.cmd(StageAuth, "AUTH CRAM-MD5", "")
		st = stp
		if err == nil && r.Code == 334 {
			challenge, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(r.Text()))
			if derr != nil {
				s.cmd(StageAuth, "*", "")
				return s.fail(StageAuth, "the server's CRAM-MD5 challenge is not valid base64", false), false
			}
			_, st, err = s.cmd(StageAuth, b64(CRAMMD5Response(user, pass, challenge)), Redacted)
		}
		if err != nil {
			return s.fromReply(StageAuth, st, err, false), false
		}
	case "XOAUTH2":
		r, stp, err := s.cmd(StageAuth, "AUTH XOAUTH2 "+b64(XOAUTH2Initial(user, pass)), "AUTH XOAUTH2 "+Redacted)
		st = stp
		if err == nil && r.Code == 334 {
			// The server sends a base64 JSON error; the client answers with an
			// empty line and gets the final reply.
			if j, derr := base64.StdEncoding.DecodeString(strings.TrimSpace(r.Text())); derr == nil {
				s.note("XOAUTH2 error from the server: " + string(j))
			}
			_, st, err = s.cmd(StageAuth, "", "")
		}
		if err != nil {
			return s.fromReply(StageAuth, st, err, false), false
		}
	default:
		return s.fail(StageAuth, "unsupported mechanism "+mech, false), false
	}
	if st.Code != 235 {
		return s.fromReply(StageAuth, st, nil, false), false
	}
	return outcome{}, true
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
