// Package testio has I/O helpers shared by tests.
package testio

import (
	"bytes"
	"sync"
)

// Buffer is a bytes.Buffer safe for one goroutine writing (a server's log,
// a command's output) while the test polls what has arrived.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
