// Package lazy holds values built on first use that cost nothing at process
// start.
//
// A package variable initialised with sync.OnceValue(f) runs that call in
// the package's init: three allocations on every start of every command, and
// worse, any function call in a package variable's initialiser stops the
// compiler from laying out the package's later variables as static data
// (cmd/compile's staticinit gives up copying one package variable into
// another once a call "may have modified" it), so tables that name a shared
// slice (Fix: delistFix) are then filled in by init code that writes into
// their pages at start. A Value is a plain struct: a package variable of it
// is static data, and nothing runs until Get.
package lazy

import "sync"

// Value is a value of type T built by New on the first Get, once (as
// sync.OnceValue). Declare it as a package variable:
//
//	var codes = lazy.Value[map[int]string]{New: func() map[int]string { ... }}
//
// New must not call Get of the same Value.
type Value[T any] struct {
	New  func() T
	once sync.Once
	v    T
}

// Get returns the value, building it on the first call.
func (l *Value[T]) Get() T {
	l.once.Do(l.build)
	return l.v
}

func (l *Value[T]) build() { l.v = l.New() }
