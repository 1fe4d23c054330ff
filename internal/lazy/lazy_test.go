package lazy

import (
	"sync"
	"sync/atomic"
	"testing"
)

var built atomic.Int32

var table = Value[map[string]int]{New: func() map[string]int {
	built.Add(1)
	return map[string]int{"a": 1, "b": 2}
}}

// New runs once, on the first Get, whoever calls it first; every caller
// sees the same value.
func TestValueBuildsOnceOnFirstUse(t *testing.T) {
	if n := built.Load(); n != 0 {
		t.Fatalf("built %d times before the first Get", n)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if table.Get()["b"] != 2 {
				t.Error("wrong value")
			}
		}()
	}
	wg.Wait()
	if n := built.Load(); n != 1 {
		t.Fatalf("built %d times, want 1", n)
	}
}

func BenchmarkGet(b *testing.B) {
	for b.Loop() {
		if table.Get()["a"] != 1 {
			b.Fatal("wrong value")
		}
	}
}
