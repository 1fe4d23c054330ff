package dkimkey

import (
	"errors"
	"fmt"
	"strings"
)

// Signature is what a DKIM-Signature header field (RFC 6376 §3.5) names:
// the signing domain (d=) and the selector (s=) under which the verifier
// looks up the key, <selector>._domainkey.<domain>.
type Signature struct {
	Domain   string `json:"domain"`
	Selector string `json:"selector"`
}

// ParseSignature reads the d= and s= tags of a DKIM-Signature header
// field's value. Other tags are not checked: a verifier would, but only
// the key record is looked at here.
func ParseSignature(value string) (Signature, error) {
	if len(value) > MaxTagListSize*4 {
		return Signature{}, errors.New("DKIM-Signature: too long")
	}
	tags, errs := ParseTagList(value)
	if s := Strict(errs); len(s) > 0 {
		return Signature{}, fmt.Errorf("DKIM-Signature: %v", s[0])
	}
	var sig Signature
	for _, t := range tags {
		switch t.Name {
		case "d":
			sig.Domain = strings.TrimSuffix(strings.ToLower(strings.Join(strings.Fields(t.Value), "")), ".")
		case "s":
			sig.Selector = strings.ToLower(strings.Join(strings.Fields(t.Value), ""))
		}
	}
	switch {
	case sig.Domain == "" || sig.Selector == "":
		return Signature{}, errors.New("DKIM-Signature: no d= or s= tag")
	case strings.ContainsAny(sig.Domain, "@/\\ ") || strings.ContainsAny(sig.Selector, "@/\\ "):
		return Signature{}, fmt.Errorf("DKIM-Signature: d=%q s=%q is not a domain and selector", sig.Domain, sig.Selector)
	}
	return sig, nil
}
