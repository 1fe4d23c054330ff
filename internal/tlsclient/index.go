package tlsclient

import (
	"encoding/pem"
	"sync"

	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// rootIndex is the system roots by raw subject (DER), unparsed.
type rootIndex struct {
	bySubject map[string][][]byte
}

// systemIndex is built once, on first use; nil where the system roots are
// not files (see systemRootFiles).
var systemIndex = sync.OnceValue(func() *rootIndex {
	files, ok := systemRootFiles()
	if !ok {
		return nil
	}
	idx := &rootIndex{bySubject: map[string][][]byte{}}
	for _, data := range files {
		idx.add(data)
	}
	return idx
})

// add indexes the certificates of a PEM file, as x509.CertPool's
// AppendCertsFromPEM takes them: CERTIFICATE blocks without headers.
func (idx *rootIndex) add(data []byte) {
	for len(data) > 0 {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			return
		}
		if block.Type != "CERTIFICATE" || len(block.Headers) != 0 {
			continue
		}
		if subj, ok := rawSubject(block.Bytes); ok {
			idx.bySubject[string(subj)] = append(idx.bySubject[string(subj)], block.Bytes)
		}
	}
}

// rawSubject reads the subject Name (tag and length included, as
// x509.Certificate.RawSubject) from a DER certificate (RFC 5280 §4.1).
func rawSubject(der []byte) ([]byte, bool) {
	in := cryptobyte.String(der)
	var cert, tbs cryptobyte.String
	if !in.ReadASN1(&cert, cbasn1.SEQUENCE) || !cert.ReadASN1(&tbs, cbasn1.SEQUENCE) {
		return nil, false
	}
	if !tbs.SkipOptionalASN1(cbasn1.Tag(0).Constructed().ContextSpecific()) || // version
		!tbs.SkipASN1(cbasn1.INTEGER) || // serialNumber
		!tbs.SkipASN1(cbasn1.SEQUENCE) || // signature
		!tbs.SkipASN1(cbasn1.SEQUENCE) || // issuer
		!tbs.SkipASN1(cbasn1.SEQUENCE) { // validity
		return nil, false
	}
	var subj cryptobyte.String
	if !tbs.ReadASN1Element(&subj, cbasn1.SEQUENCE) {
		return nil, false
	}
	return subj, true
}
