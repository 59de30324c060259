// Package heapsample takes a heap profile near the peak of the live heap:
// a sampler snapshots the heap profile whenever the live heap has grown by
// a tenth since the last snapshot, so the last snapshot is within about
// 10% of the peak (each snapshot forces a collection first, so that the
// profile is current: do not use it in timed runs). What is live then is what makes the peak RSS. Each
// snapshot is written to the file at once, so a program that exits without
// calling stop (multichecker.Main) still leaves its profile.
package heapsample

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"sync"
	"time"
)

// Env is the environment variable naming the profile to write.
const Env = "BENCH_HEAPPROFILE"

// Start starts the sampler if $BENCH_HEAPPROFILE is set, and returns the
// function that stops it and writes the profile (a no-op otherwise).
func Start() (stop func()) {
	name := os.Getenv(Env)
	if name == "" {
		return func() {}
	}
	s := &sampler{done: make(chan struct{}), name: name}
	s.wg.Add(1)
	go s.loop()
	return func() {
		if err := s.stop(); err != nil {
			fmt.Fprintln(os.Stderr, "heapsample:", err)
		}
	}
}

type sampler struct {
	mu       sync.Mutex
	name     string
	done     chan struct{}
	wg       sync.WaitGroup
	best     []byte
	bestLive uint64
}

func (s *sampler) loop() {
	defer s.wg.Done()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-tick.C:
		}
		metrics.Read(sample)
		if live := sample[0].Value.Uint64(); live > s.bestLive+s.bestLive/10 {
			// A heap profile is published a collection late: force one,
			// as testing's -memprofile does, so the snapshot is current.
			runtime.GC()
			metrics.Read(sample)
			live = sample[0].Value.Uint64()
			var buf bytes.Buffer
			if err := pprof.Lookup("heap").WriteTo(&buf, 0); err == nil {
				s.mu.Lock()
				s.best, s.bestLive = buf.Bytes(), live
				s.write()
				s.mu.Unlock()
			}
		}
	}
}

func (s *sampler) stop() error {
	close(s.done)
	s.wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.best == nil {
		runtime.GC()
		var buf bytes.Buffer
		if err := pprof.Lookup("heap").WriteTo(&buf, 0); err != nil {
			return err
		}
		s.best = buf.Bytes()
	}
	return s.write()
}

// write writes the best snapshot; s.mu is held.
func (s *sampler) write() error {
	tmp := s.name + ".tmp"
	if err := os.WriteFile(tmp, s.best, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, s.name)
}
