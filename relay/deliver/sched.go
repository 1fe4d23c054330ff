package deliver

import (
	"container/heap"
	"sync"
	"time"
)

// scheduler is a min-heap of message ids by next attempt time.
type scheduler struct {
	mu   sync.Mutex
	h    schedHeap
	at   map[string]time.Time // latest time per id; stale heap entries are skipped
	wake chan struct{}
}

type schedItem struct {
	id string
	t  time.Time
}

type schedHeap []schedItem

func (h schedHeap) Len() int           { return len(h) }
func (h schedHeap) Less(i, j int) bool { return h[i].t.Before(h[j].t) }
func (h schedHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *schedHeap) Push(x any)        { *h = append(*h, x.(schedItem)) }
func (h *schedHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func newScheduler() *scheduler {
	return &scheduler{at: map[string]time.Time{}, wake: make(chan struct{}, 1)}
}

// add schedules id at t (replacing an earlier schedule of id).
func (s *scheduler) add(id string, t time.Time) {
	s.mu.Lock()
	s.at[id] = t
	heap.Push(&s.h, schedItem{id, t})
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// next pops a due id, or returns how long to wait for the next one.
func (s *scheduler) next() (string, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	for s.h.Len() > 0 {
		it := s.h[0]
		if t, ok := s.at[it.id]; !ok || !t.Equal(it.t) {
			heap.Pop(&s.h)
			continue
		}
		if it.t.After(now) {
			return "", it.t.Sub(now)
		}
		heap.Pop(&s.h)
		delete(s.at, it.id)
		return it.id, 0
	}
	return "", time.Minute
}

// Len is the number of scheduled messages.
func (s *scheduler) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.at)
}

// pool keeps idle upstream connections for reuse.
type pool struct {
	idle time.Duration
	mu   sync.Mutex
	m    map[string][]*client
}

func newPool(idle time.Duration) *pool { return &pool{idle: idle, m: map[string][]*client{}} }

func (p *pool) get(key string) *client {
	if p.idle <= 0 {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for {
		cs := p.m[key]
		if len(cs) == 0 {
			return nil
		}
		c := cs[len(cs)-1]
		p.m[key] = cs[:len(cs)-1]
		if time.Since(c.used) < p.idle {
			return c
		}
		go c.c.Close()
	}
}

func (p *pool) put(c *client) {
	c.used = time.Now()
	p.mu.Lock()
	if len(p.m[c.key]) >= 32 {
		p.mu.Unlock()
		c.c.Quit()
		return
	}
	p.m[c.key] = append(p.m[c.key], c)
	p.mu.Unlock()
	time.AfterFunc(p.idle+time.Second, p.sweep)
}

func (p *pool) sweep() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k, cs := range p.m {
		keep := cs[:0]
		for _, c := range cs {
			if time.Since(c.used) < p.idle {
				keep = append(keep, c)
			} else {
				go c.c.Quit()
			}
		}
		p.m[k] = keep
	}
}

func (p *pool) closeAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k, cs := range p.m {
		for _, c := range cs {
			c.c.Quit()
		}
		delete(p.m, k)
	}
}
