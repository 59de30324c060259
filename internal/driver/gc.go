package driver

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// A vet unit is a short process: it type-checks one package from source
// against its dependencies' export data, runs the analyzers and exits,
// in 20 to 100 ms for most packages. With the default GOGC the collector
// runs several times while the heap grows from a few MiB to its peak, for
// garbage that the exit would free anyway. As cmd/compile does
// (base.AdjustStartingHeap), the collector starts with a higher percent,
// and goes back to the default once the live heap after a collection
// passes startingHeapLive: a large package costs no more memory than
// GOGC=100 would allow it beyond that point. A GOGC the user sets wins.

const (
	startingGCPercent = 400
	startingHeapLive  = 64 << 20
)

// TuneStartingHeap raises the collector's percent for a vet unit, unless
// the environment sets GOGC.
func TuneStartingHeap() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	debug.SetGCPercent(startingGCPercent)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	// The sentinel holds a pointer: a pointer-free object this small may
	// share a block of the tiny allocator, and its finalizer never run.
	var watch func(*sentinel)
	watch = func(*sentinel) {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > startingHeapLive {
			debug.SetGCPercent(100)
			return
		}
		runtime.SetFinalizer(new(sentinel), watch) // called after the next collection
	}
	runtime.SetFinalizer(new(sentinel), watch)
}

type sentinel struct{ _ *byte }
