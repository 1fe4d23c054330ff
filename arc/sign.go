package arc

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// SignOptions tune Sign.
type SignOptions struct {
	Domain, Selector string
	Signer           crypto.Signer // *rsa.PrivateKey or ed25519.PrivateKey
	AuthServID       string        // the sealer's authserv-id, for its ARC-Authentication-Results
	Results          string        // the authentication results it records: "spf=pass smtp.mailfrom=...; dkim=pass header.d=..."
	HeaderKeys       []string      // the fields the ARC-Message-Signature signs; default From, To, Subject, Date, Message-ID
	// ChainValidation is cv= of the new seal for a message that already
	// has ARC sets: Pass or Fail, as Validate found the chain. Ignored for
	// the first set (cv=none).
	ChainValidation string
}

// Sign returns the next ARC set for the message raw (CRLF line ends): its
// ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results fields,
// to be put at the top of the header. Both signatures use relaxed
// canonicalization.
func Sign(raw []byte, o SignOptions) (string, error) {
	if o.Signer == nil || o.Domain == "" || o.Selector == "" || o.AuthServID == "" {
		return "", errors.New("arc: Sign needs Domain, Selector, Signer and AuthServID")
	}
	alg, keyType := "rsa-sha256", "rsa"
	switch o.Signer.Public().(type) {
	case *rsa.PublicKey:
	case ed25519.PublicKey:
		alg, keyType = "ed25519-sha256", "ed25519"
	default:
		return "", errors.New("arc: unsupported key type")
	}
	_ = keyType
	fields, body := splitMessage(raw)
	sets, bad := collect(fields)
	if len(bad) > 0 {
		return "", fmt.Errorf("arc: the message has broken ARC fields: %s", strings.Join(bad, "; "))
	}
	n := len(sets) + 1
	if n > MaxInstances {
		return "", fmt.Errorf("arc: the chain already has %d sets", MaxInstances)
	}
	cv := None
	if n > 1 {
		cv = o.ChainValidation
		if cv != Pass && cv != Fail {
			return "", errors.New("arc: ChainValidation must be pass or fail for a message with ARC sets")
		}
	}
	hk := o.HeaderKeys
	if hk == nil {
		hk = []string{"From", "To", "Subject", "Date", "Message-ID"}
	}
	sign := func(data []byte) (string, error) {
		d := sha256.Sum256(data)
		opts := crypto.SignerOpts(crypto.SHA256)
		if keyType == "ed25519" {
			opts = crypto.Hash(0)
		}
		sig, err := o.Signer.Sign(rand.Reader, d[:], opts)
		if err != nil {
			return "", err
		}
		return base64.StdEncoding.EncodeToString(sig), nil
	}
	aar := &field{name: "ARC-Authentication-Results", raw: fmt.Sprintf("ARC-Authentication-Results: i=%d; %s; %s\r\n", n, o.AuthServID, o.Results)}
	t := map[string]string{"c": "relaxed/relaxed", "h": strings.Join(hk, ":")}
	bh, err := bodyHash(body, t)
	if err != nil {
		return "", err
	}
	ams := &field{name: "ARC-Message-Signature", raw: fmt.Sprintf("ARC-Message-Signature: i=%d; a=%s; c=relaxed/relaxed; d=%s; s=%s;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=\r\n",
		n, alg, o.Domain, o.Selector, strings.Join(hk, ":"), base64.StdEncoding.EncodeToString(bh))}
	data, err := amsInput(fields, ams, t)
	if err != nil {
		return "", err
	}
	b, err := sign(data)
	if err != nil {
		return "", err
	}
	ams.raw = strings.TrimSuffix(ams.raw, "\r\n") + b + "\r\n"
	seal := &field{name: "ARC-Seal", raw: fmt.Sprintf("ARC-Seal: i=%d; a=%s; cv=%s; d=%s; s=%s;\r\n\tb=\r\n", n, alg, cv, o.Domain, o.Selector)}
	all := append(sets, Set{Instance: n, aar: aar, ams: ams, seal: seal})
	b, err = sign(sealInput(all))
	if err != nil {
		return "", err
	}
	seal.raw = strings.TrimSuffix(seal.raw, "\r\n") + b + "\r\n"
	return seal.raw + ams.raw + aar.raw, nil
}
