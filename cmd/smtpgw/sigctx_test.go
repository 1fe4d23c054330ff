package main

import (
	"context"
	"syscall"
	"testing"
	"time"
)

// The command context takes SIGTERM (and SIGINT) once something waits on
// it, and cancels every context derived from it.
func TestSignalContext(t *testing.T) {
	c := newSignalContext()
	defer c.Stop()
	if c.Err() != nil || c.Value("k") != nil || c.current() != nil {
		t.Fatalf("before any waiter: Err %v, current %v", c.Err(), c.current())
	}
	derived, cancel := context.WithTimeout(c, time.Minute) // waits on c: the signals are taken from here on
	defer cancel()
	if c.current() == nil {
		t.Fatal("deriving a context did not start listening for signals")
	}
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-derived.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("SIGTERM did not cancel the derived context")
	}
	if c.Err() == nil || context.Cause(derived) == nil {
		t.Errorf("after SIGTERM: Err %v, derived cause %v", c.Err(), context.Cause(derived))
	}
	if _, ok := c.Deadline(); ok {
		t.Error("the command context has a deadline")
	}
}

// A command that never waits on its context does not start listening for
// signals (signal.Notify's goroutine and threads), and Stop then leaves it
// never done, as context.Background.
func TestSignalContextUnused(t *testing.T) {
	c := newSignalContext()
	c.Stop()
	if c.current() != nil || c.Done() != nil || c.Err() != nil {
		t.Errorf("after Stop with no waiter: current %v, Done %v, Err %v", c.current(), c.Done(), c.Err())
	}
}
