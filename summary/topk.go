package summary

import "sort"

// topK counts keys in bounded memory with the Space-Saving algorithm
// (Metwally, Agrawal, El Abbadi 2005): at most capacity keys are kept; a new
// key replaces the one with the lowest count and inherits that count, so the
// heavy hitters are always kept and their counts are never under-estimated by
// more than the smallest kept count. capacity 0 keeps every key (exact).
// budget, shared by all the topKs of a summary, bounds the keys they keep
// together; it does not apply to capacity 0.
type topK struct {
	capacity   int
	budget     *int
	counts     map[string]int
	overflowed bool // keys were replaced: the counts of the small ones are approximate
}

type kv struct {
	key   string
	count int
}

func newTopK(capacity int, budget *int) *topK {
	return &topK{capacity: capacity, budget: budget, counts: map[string]int{}}
}

func (t *topK) add(key string, n int) {
	if _, ok := t.counts[key]; ok || t.capacity == 0 {
		t.counts[key] += n
		return
	}
	if len(t.counts) < t.capacity && (t.budget == nil || *t.budget > 0) || len(t.counts) == 0 {
		if t.budget != nil && *t.budget > 0 {
			*t.budget-- // (a counter's first key is always kept)
		}
		t.counts[key] = n
		return
	}
	minKey, minN := "", 0
	for k, c := range t.counts {
		if minKey == "" || c < minN || c == minN && k > minKey {
			minKey, minN = k, c
		}
	}
	delete(t.counts, minKey)
	t.counts[key] = minN + n
	t.overflowed = true
}

// items returns the kept keys, highest count first, then by key.
func (t *topK) items() []kv {
	out := make([]kv, 0, len(t.counts))
	for k, c := range t.counts {
		out = append(out, kv{k, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].key < out[j].key
	})
	return out
}
