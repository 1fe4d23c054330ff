package session

import (
	"bufio"
	"io"
	"strings"
)

// Piped reads commands line by line from a script or a here-doc: no
// prompts, secrets from the next line, and every confirmation answered no.
type Piped struct{ sc *bufio.Scanner }

// NewPiped reads lines from r.
func NewPiped(r io.Reader) *Piped {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	return &Piped{sc: sc}
}

// ReadLine returns the next line without its line end, io.EOF at the end.
func (p *Piped) ReadLine() (string, error) {
	if !p.sc.Scan() {
		if err := p.sc.Err(); err != nil {
			return "", err
		}
		return "", io.EOF
	}
	return strings.TrimSuffix(p.sc.Text(), "\r"), nil
}

// ReadSecret returns the next line.
func (p *Piped) ReadSecret(string) (string, error) { return p.ReadLine() }

// Confirm never confirms: a script cannot answer.
func (p *Piped) Confirm(string) (bool, error) { return false, nil }

// Interactive is false.
func (p *Piped) Interactive() bool { return false }
