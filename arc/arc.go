// Package arc validates and signs an Authenticated Received Chain (RFC
// 8617): the ARC sets (ARC-Authentication-Results, ARC-Message-Signature,
// ARC-Seal) that intermediaries such as mailing lists and forwarders add
// so that a later receiver can see the authentication results from before
// they changed the message.
//
// Validate follows RFC 8617 §5.2: the chain's structure (instances 1..N,
// one field of each kind per instance, cv=none on the first seal and
// cv=pass on the others, the newest seal not cv=fail), the newest
// ARC-Message-Signature (a DKIM-style signature over the header fields it
// names and the body hash) and every ARC-Seal (a signature over the ARC
// fields of its own and the earlier sets, relaxed canonicalization).
// Keys are DKIM key records (selector._domainkey.domain), fetched through
// the resolver. Sign adds the next ARC set to a message. Nothing here
// prints.
package arc

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/dkimkey"
	"github.com/smtpgw/smtpgw/resolver"
)

// Chain validation results (RFC 8617 §4.4).
const (
	None = "none"
	Pass = "pass"
	Fail = "fail"
)

// MaxInstances is the highest instance number allowed (RFC 8617 §4.2.1).
const MaxInstances = 50

// Set is one ARC set as found in the message and what validating it gave.
type Set struct {
	Instance   int    `json:"instance"`
	CV         string `json:"cv,omitempty"`     // cv= of the seal
	Domain     string `json:"domain,omitempty"` // d= of the seal
	Selector   string `json:"selector,omitempty"`
	AMSDomain  string `json:"ams_domain,omitempty"`
	AuthServID string `json:"authserv_id,omitempty"` // of the ARC-Authentication-Results
	AAR        string `json:"authentication_results,omitempty"`
	// Seal and AMS are "pass", "fail", "temperror", "permerror" or ""
	// (not checked: RFC 8617 validates only the newest AMS).
	Seal                    string `json:"seal"`
	SealError               string `json:"seal_error,omitempty"`
	AMS                     string `json:"message_signature"`
	AMSError                string `json:"message_signature_error,omitempty"`
	hasSeal, hasAMS, hasAAR int
	seal, ams, aar          *field
}

// Result is the chain validation of one message.
type Result struct {
	Result string `json:"result"` // None, Pass or Fail
	Reason string `json:"reason,omitempty"`
	Sets   []Set  `json:"sets"`
	// Temporary is true when a DNS failure made the chain fail: it may
	// validate later.
	Temporary bool `json:"temporary,omitempty"`
	// BodyUnchecked is true when the body was not given (ValidateHeader):
	// body hashes were not compared.
	BodyUnchecked bool `json:"body_unchecked,omitempty"`
}

// field is one raw header field.
type field struct {
	name string // as written
	raw  string // "Name: value\r\n..." as in the message, folding kept, with the final CRLF
}

func (f *field) value() string {
	_, v, _ := strings.Cut(f.raw, ":")
	return v
}

// splitMessage returns the header fields (raw) and the body.
func splitMessage(raw []byte) ([]*field, []byte) {
	var fs []*field
	rest := raw
	for len(rest) > 0 {
		i := bytes.Index(rest, []byte("\r\n"))
		if i < 0 {
			i = len(rest)
		}
		line := rest[:i]
		next := rest[min(i+2, len(rest)):]
		if len(line) == 0 {
			return fs, next
		}
		if (line[0] == ' ' || line[0] == '\t') && len(fs) > 0 {
			fs[len(fs)-1].raw += string(rest[:min(i+2, len(rest))])
		} else {
			name, _, _ := strings.Cut(string(line), ":")
			fs = append(fs, &field{name: strings.TrimSpace(name), raw: string(rest[:min(i+2, len(rest))])})
		}
		rest = next
	}
	return fs, nil
}

// Tags parses a tag=value list (RFC 6376 §3.2, used by DKIM-Signature,
// ARC-Seal and ARC-Message-Signature and the key records): white space is
// removed from values; a repeated or empty tag name keeps the first.
func Tags(v string) map[string]string {
	m := map[string]string{}
	for _, p := range strings.Split(v, ";") {
		k, val, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		k = strings.TrimSpace(k)
		if _, dup := m[k]; dup || k == "" {
			continue
		}
		m[k] = strings.Join(strings.Fields(val), "")
	}
	return m
}

// KeyFunc fetches the public key of selector at domain.
type KeyFunc func(ctx context.Context, selector, domain string) (crypto.PublicKey, error)

// ResolverKeys fetches DKIM key records through r.
func ResolverKeys(r *resolver.Resolver) KeyFunc {
	return func(ctx context.Context, selector, domain string) (crypto.PublicKey, error) {
		res, err := dkimkey.Lookup(ctx, r, selector, domain)
		if err != nil {
			return nil, err
		}
		if res.Record.Revoked {
			return nil, fmt.Errorf("the key at %s is revoked (empty p=)", res.Name)
		}
		if res.Record.KeyType == "rsa" && res.Record.Bits < dkimkey.MinRSABits {
			return nil, fmt.Errorf("the key at %s is too short: %d bits, under %d (RFC 8301)", res.Name, res.Record.Bits, dkimkey.MinRSABits)
		}
		return res.Record.PublicKey, nil
	}
}

// errTemp marks a key lookup that failed temporarily.
func isTemp(err error) bool {
	var re *resolver.Error
	return errors.As(err, &re) && (re.Kind == resolver.Timeout || re.Kind == resolver.ServFail || re.Kind == resolver.Network || re.Kind == resolver.Refused)
}

// collect gathers the ARC fields into sets by instance, in instance
// order; bad lists fields without a usable instance number.
func collect(fields []*field) (sets []Set, bad []string) {
	byInst := map[int]*Set{}
	for _, f := range fields {
		kind := strings.ToLower(f.name)
		if kind != "arc-seal" && kind != "arc-message-signature" && kind != "arc-authentication-results" {
			continue
		}
		v := f.value()
		var inst string
		if kind == "arc-authentication-results" {
			first, _, _ := strings.Cut(v, ";")
			if k, val, ok := strings.Cut(first, "="); ok && strings.TrimSpace(k) == "i" {
				inst = strings.TrimSpace(val)
			}
		} else {
			inst = Tags(v)["i"]
		}
		n, err := strconv.Atoi(inst)
		if err != nil || n < 1 || n > MaxInstances {
			bad = append(bad, fmt.Sprintf("%s with instance %q (must be 1 to %d)", f.name, inst, MaxInstances))
			continue
		}
		s := byInst[n]
		if s == nil {
			s = &Set{Instance: n}
			byInst[n] = s
		}
		switch kind {
		case "arc-seal":
			s.hasSeal++
			s.seal = f
			t := Tags(v)
			s.CV, s.Domain, s.Selector = strings.ToLower(t["cv"]), strings.ToLower(t["d"]), t["s"]
		case "arc-message-signature":
			s.hasAMS++
			s.ams = f
			s.AMSDomain = strings.ToLower(Tags(v)["d"])
		case "arc-authentication-results":
			s.hasAAR++
			s.aar = f
			_, rest, _ := strings.Cut(v, ";")
			s.AAR = strings.Join(strings.Fields(rest), " ")
			id, _, _ := strings.Cut(strings.TrimSpace(rest), ";")
			s.AuthServID = strings.TrimSpace(id)
		}
	}
	insts := make([]int, 0, len(byInst))
	for n := range byInst {
		insts = append(insts, n)
	}
	sort.Ints(insts)
	sets = []Set{}
	for _, n := range insts {
		sets = append(sets, *byInst[n])
	}
	return sets, bad
}

// Validate validates the ARC chain of the message raw (CRLF line ends).
func Validate(ctx context.Context, raw []byte, keys KeyFunc) *Result {
	return validate(ctx, raw, keys, true)
}

// ValidateHeader validates the chain of a message given without its body
// (pasted headers): everything Validate checks but the body hashes, which
// cannot be computed. A pass means the seals and the header part of the
// newest message signature verify; Result.BodyUnchecked is set.
func ValidateHeader(ctx context.Context, raw []byte, keys KeyFunc) *Result {
	r := validate(ctx, raw, keys, false)
	r.BodyUnchecked = true
	return r
}

func validate(ctx context.Context, raw []byte, keys KeyFunc, checkBody bool) *Result {
	fields, body := splitMessage(raw)
	if !checkBody {
		body = nil
	}
	res := &Result{Sets: []Set{}}
	sets, bad := collect(fields)
	if len(sets) == 0 && len(bad) == 0 {
		res.Result, res.Reason = None, "no ARC sets"
		return res
	}
	res.Sets = sets
	fail := func(why string) *Result {
		res.Result, res.Reason = Fail, why
		return res
	}
	if len(bad) > 0 {
		return fail(strings.Join(bad, "; "))
	}
	top := &res.Sets[len(res.Sets)-1]
	// §5.2 step 2: the newest seal says the chain already failed.
	if top.CV == Fail {
		return fail(fmt.Sprintf("the newest seal (i=%d, %s) says cv=fail: the chain was already broken when it was sealed", top.Instance, top.Domain))
	}
	// Step 3: structure.
	for i := range res.Sets {
		s := &res.Sets[i]
		switch {
		case s.Instance != i+1:
			return fail(fmt.Sprintf("instance %d is missing (instances must run 1 to %d without gaps)", i+1, top.Instance))
		case s.hasSeal != 1 || s.hasAMS != 1 || s.hasAAR != 1:
			return fail(fmt.Sprintf("instance %d has %d ARC-Seal, %d ARC-Message-Signature and %d ARC-Authentication-Results fields; each must have exactly one", s.Instance, s.hasSeal, s.hasAMS, s.hasAAR))
		case s.Instance == 1 && s.CV != None:
			return fail(fmt.Sprintf("the first seal has cv=%s; it must be cv=none", s.CV))
		case s.Instance > 1 && s.CV != Pass:
			return fail(fmt.Sprintf("seal i=%d has cv=%s; every seal after the first must be cv=pass", s.Instance, s.CV))
		}
	}
	// Step 4: the newest AMS.
	if err := verifyAMS(ctx, fields, body, top.ams, keys, checkBody); err != nil {
		top.AMS, top.AMSError = errResult(err), err.Error()
		res.Temporary = isTemp(err)
		return fail(fmt.Sprintf("the newest ARC-Message-Signature (i=%d, d=%s) does not verify: %v", top.Instance, top.AMSDomain, err))
	}
	top.AMS = Pass
	// Older AMSs are informative only (§5.2 step 5, the oldest-pass).
	for i := len(res.Sets) - 2; i >= 0; i-- {
		s := &res.Sets[i]
		if err := verifyAMS(ctx, fields, body, s.ams, keys, checkBody); err != nil {
			s.AMS, s.AMSError = errResult(err), err.Error()
		} else {
			s.AMS = Pass
		}
	}
	// Step 6: every seal, newest first.
	for i := len(res.Sets) - 1; i >= 0; i-- {
		s := &res.Sets[i]
		if err := verifySeal(ctx, res.Sets[:i+1], keys); err != nil {
			s.Seal, s.SealError = errResult(err), err.Error()
			res.Temporary = isTemp(err)
			return fail(fmt.Sprintf("the ARC-Seal i=%d (d=%s) does not verify: %v", s.Instance, s.Domain, err))
		}
		s.Seal = Pass
	}
	res.Result = Pass
	res.Reason = fmt.Sprintf("%d ARC set(s), every seal and the newest message signature verify", len(res.Sets))
	if !checkBody {
		res.Reason += " (headers only: the body hash was not checked)"
	}
	return res
}

func errResult(err error) string {
	var pe *permError
	switch {
	case isTemp(err):
		return "temperror"
	case errors.As(err, &pe):
		return "permerror"
	}
	return Fail
}

type permError struct{ msg string }

func (e *permError) Error() string { return e.msg }

// relaxedHeader canonicalizes one field (RFC 6376 §3.4.2).
func relaxedHeader(raw string) string {
	name, v, _ := strings.Cut(raw, ":")
	v = strings.ReplaceAll(v, "\r\n", "")
	v = strings.Join(strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
	return strings.ToLower(strings.TrimRight(name, " \t")) + ":" + v + "\r\n"
}

// simpleHeader canonicalizes one field (RFC 6376 §3.4.1): unchanged.
func simpleHeader(raw string) string { return raw }

// relaxedBody canonicalizes a body (RFC 6376 §3.4.4).
func relaxedBody(b []byte) []byte {
	lines := strings.Split(string(b), "\r\n")
	var out []string
	for _, l := range lines {
		lead := l != "" && (l[0] == ' ' || l[0] == '\t')
		j := strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
		if lead && j != "" {
			j = " " + j
		}
		out = append(out, j)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return nil
	}
	return []byte(strings.Join(out, "\r\n") + "\r\n")
}

// simpleBody canonicalizes a body (RFC 6376 §3.4.3).
func simpleBody(b []byte) []byte {
	for bytes.HasSuffix(b, []byte("\r\n\r\n")) {
		b = b[:len(b)-2]
	}
	if len(b) == 0 {
		return []byte("\r\n")
	}
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		b = append(b[:len(b):len(b)], "\r\n"...)
	}
	return b
}

// stripB empties the value of the b= tag of a raw field, keeping all else.
func stripB(raw string) string {
	name, v, _ := strings.Cut(raw, ":")
	parts := strings.Split(v, ";")
	for i, p := range parts {
		k, _, ok := strings.Cut(p, "=")
		if ok && strings.TrimSpace(k) == "b" {
			eq := strings.Index(p, "=")
			parts[i] = p[:eq+1]
			if strings.HasSuffix(p, "\r\n") && i == len(parts)-1 {
				parts[i] += "\r\n"
			}
		}
	}
	return name + ":" + strings.Join(parts, ";")
}

func algorithm(a string) (crypto.Hash, string, error) {
	switch strings.ToLower(a) {
	case "rsa-sha256":
		return crypto.SHA256, "rsa", nil
	case "ed25519-sha256":
		return crypto.SHA256, "ed25519", nil
	}
	return 0, "", &permError{fmt.Sprintf("unsupported algorithm a=%q (RFC 8617 allows rsa-sha256)", a)}
}

func verifySig(pub crypto.PublicKey, keyType string, digest, sig []byte) error {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		if keyType != "rsa" {
			return &permError{"the key is RSA but a= says " + keyType}
		}
		if err := rsa.VerifyPKCS1v15(k, crypto.SHA256, digest, sig); err != nil {
			return errors.New("signature did not verify")
		}
	case ed25519.PublicKey:
		if keyType != "ed25519" {
			return &permError{"the key is Ed25519 but a= says " + keyType}
		}
		if !ed25519.Verify(k, digest, sig) {
			return errors.New("signature did not verify")
		}
	default:
		return &permError{"unsupported key type"}
	}
	return nil
}

// amsInput builds the signed data of an ARC-Message-Signature (or a DKIM
// signature): the fields named in h=, each picked from the bottom up, then
// the signature field itself with an empty b= and no final CRLF.
func amsInput(fields []*field, sigField *field, t map[string]string) ([]byte, error) {
	hc, _, _ := strings.Cut(t["c"], "/")
	canon := relaxedHeader
	switch strings.ToLower(hc) {
	case "", "simple":
		canon = simpleHeader
	case "relaxed":
	default:
		return nil, &permError{"unknown header canonicalization " + hc}
	}
	used := map[*field]bool{}
	var b strings.Builder
	for _, h := range strings.Split(t["h"], ":") {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		for i := len(fields) - 1; i >= 0; i-- {
			f := fields[i]
			if !used[f] && strings.EqualFold(f.name, h) {
				used[f] = true
				b.WriteString(canon(f.raw))
				break
			}
		}
	}
	b.WriteString(strings.TrimSuffix(canon(stripB(sigField.raw)), "\r\n"))
	return []byte(b.String()), nil
}

func bodyHash(body []byte, t map[string]string) ([]byte, error) {
	_, bc, _ := strings.Cut(t["c"], "/")
	var cb []byte
	switch strings.ToLower(bc) {
	case "", "simple":
		cb = simpleBody(body)
	case "relaxed":
		cb = relaxedBody(body)
	default:
		return nil, &permError{"unknown body canonicalization " + bc}
	}
	if l, ok := t["l"]; ok {
		n, err := strconv.Atoi(l)
		if err != nil || n < 0 {
			return nil, &permError{"bad l= " + l}
		}
		if n < len(cb) {
			cb = cb[:n]
		}
	}
	sum := sha256.Sum256(cb)
	return sum[:], nil
}

func verifyAMS(ctx context.Context, fields []*field, body []byte, f *field, keys KeyFunc, checkBody bool) error {
	t := Tags(f.value())
	for _, k := range []string{"a", "b", "bh", "d", "h", "s"} {
		if t[k] == "" {
			return &permError{"the tag " + k + "= is missing"}
		}
	}
	if strings.Contains(strings.ToLower(":"+t["h"]+":"), ":arc-seal:") {
		return &permError{"h= names ARC-Seal, which an ARC-Message-Signature must not sign"}
	}
	_, keyType, err := algorithm(t["a"])
	if err != nil {
		return err
	}
	want, err := base64.StdEncoding.DecodeString(t["bh"])
	if err != nil {
		return &permError{"bh= is not base64"}
	}
	if checkBody {
		bh, err := bodyHash(body, t)
		if err != nil {
			return err
		}
		if !bytes.Equal(bh, want) {
			return errors.New("body hash did not verify: the body changed after signing")
		}
	}
	data, err := amsInput(fields, f, t)
	if err != nil {
		return err
	}
	return checkSig(ctx, keys, t, keyType, data)
}

func checkSig(ctx context.Context, keys KeyFunc, t map[string]string, keyType string, data []byte) error {
	sig, err := base64.StdEncoding.DecodeString(t["b"])
	if err != nil {
		return &permError{"b= is not base64"}
	}
	pub, err := keys(ctx, t["s"], t["d"])
	if err != nil {
		if isTemp(err) {
			return err
		}
		return &permError{"key " + t["s"] + "._domainkey." + t["d"] + ": " + err.Error()}
	}
	digest := sha256.Sum256(data)
	return verifySig(pub, keyType, digest[:], sig)
}

// sealInput builds the signed data of the seal of the last set in sets:
// for every set in order its AAR, AMS and seal, relaxed, the last seal with
// an empty b= and no final CRLF.
func sealInput(sets []Set) []byte {
	var b strings.Builder
	for i, s := range sets {
		b.WriteString(relaxedHeader(s.aar.raw))
		b.WriteString(relaxedHeader(s.ams.raw))
		if i == len(sets)-1 {
			b.WriteString(strings.TrimSuffix(relaxedHeader(stripB(s.seal.raw)), "\r\n"))
		} else {
			b.WriteString(relaxedHeader(s.seal.raw))
		}
	}
	return []byte(b.String())
}

func verifySeal(ctx context.Context, sets []Set, keys KeyFunc) error {
	s := sets[len(sets)-1]
	t := Tags(s.seal.value())
	for _, k := range []string{"a", "b", "d", "s", "cv"} {
		if t[k] == "" {
			return &permError{"the tag " + k + "= is missing"}
		}
	}
	if _, ok := t["h"]; ok {
		return &permError{"an ARC-Seal must not have h="}
	}
	_, keyType, err := algorithm(t["a"])
	if err != nil {
		return err
	}
	return checkSig(ctx, keys, t, keyType, sealInput(sets))
}

// VerifySignature verifies the DKIM-style signature in the index-th
// (0-based) field named name (DKIM-Signature or ARC-Message-Signature) of
// raw: the body hash (honouring l=) and the signature over the header. It
// serves signatures that go-msgauth refuses to check, such as those with
// l=.
func VerifySignature(ctx context.Context, raw []byte, name string, index int, keys KeyFunc) error {
	fields, body := splitMessage(raw)
	n := 0
	for _, f := range fields {
		if !strings.EqualFold(f.name, name) {
			continue
		}
		if n == index {
			return verifyAMS(ctx, fields, body, f, keys, true)
		}
		n++
	}
	return fmt.Errorf("no %s number %d", name, index+1)
}

// VerifyHeaderSignature verifies the header part of the DKIM-style
// signature in the index-th (0-based) field named name (DKIM-Signature or
// ARC-Message-Signature) of a message given without its body: the
// signature over the signed header fields and the signature field itself
// (which carries bh=), not the body hash. nil means the signed header
// fields are as signed; the body is unchecked.
func VerifyHeaderSignature(ctx context.Context, raw []byte, name string, index int, keys KeyFunc) error {
	fields, _ := splitMessage(raw)
	n := 0
	for _, f := range fields {
		if !strings.EqualFold(f.name, name) {
			continue
		}
		if n == index {
			return verifyAMS(ctx, fields, nil, f, keys, false)
		}
		n++
	}
	return fmt.Errorf("no %s number %d", name, index+1)
}
