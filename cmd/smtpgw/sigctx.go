package main

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// signalContext is the context every command runs under: canceled by
// SIGINT or SIGTERM (Ctrl-C, a service manager's stop), as
// signal.NotifyContext makes it, except that it asks for the signals only
// when something first waits on it (Done, which context.WithCancel,
// WithTimeout and every select on ctx.Done() call). signal.Notify starts
// a goroutine that locks an OS thread, and with it the runtime's template
// thread: two more threads and their start-up in every run, which a
// command that never waits on its context (--version, explaining one
// reply, help) need not pay. Until then a signal has its default effect:
// the process ends, as it should when nothing would see the cancellation.
type signalContext struct {
	mu      sync.Mutex
	ctx     context.Context // nil until the first Done
	stopped bool
	stop    context.CancelFunc
}

func newSignalContext() *signalContext { return &signalContext{} }

// started returns the signal.NotifyContext, making it on first call (nil
// after Stop).
func (c *signalContext) started() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ctx == nil && !c.stopped {
		c.ctx, c.stop = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	}
	return c.ctx
}

// current returns the signal.NotifyContext if it was made.
func (c *signalContext) current() context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ctx
}

// Stop stops listening for the signals (signal.NotifyContext's stop).
func (c *signalContext) Stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopped = true
	if c.stop != nil {
		c.stop()
	}
}

func (c *signalContext) Deadline() (time.Time, bool) { return time.Time{}, false }

func (c *signalContext) Done() <-chan struct{} {
	if ctx := c.started(); ctx != nil {
		return ctx.Done()
	}
	return nil // after Stop without a waiter: never done, like Background
}

func (c *signalContext) Err() error {
	if ctx := c.current(); ctx != nil {
		return ctx.Err()
	}
	return nil // no one waited: no signal was taken
}

// Value answers from the signal.NotifyContext once made, so that a
// context derived from this one (which calls Done first) attaches to it
// directly instead of watching it from a goroutine; before, like
// context.Background, it holds no values.
func (c *signalContext) Value(key any) any {
	if ctx := c.current(); ctx != nil {
		return ctx.Value(key)
	}
	return nil
}

func (c *signalContext) String() string { return "smtpgw.signalContext" }

// takeSignals makes a command that runs until it is stopped (the relay, a
// session) take SIGINT and SIGTERM from now on, before it says it is
// ready: whoever started it may send SIGTERM as soon as it reads that.
func takeSignals(ctx context.Context) {
	ctx.Done()
}
