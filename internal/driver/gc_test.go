package driver

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// gcPercent reads the collector's percent without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestTuneStartingHeap(t *testing.T) {
	if v, ok := os.LookupEnv("GOGC"); ok {
		os.Unsetenv("GOGC")
		t.Cleanup(func() { os.Setenv("GOGC", v) })
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))

	TuneStartingHeap()
	require.Equal(t, startingGCPercent, gcPercent(), "a vet unit starts with the higher percent")

	// A live heap past the threshold: after a collection the percent is
	// back to the default.
	live := make([][]byte, 0, 100)
	for range 100 {
		live = append(live, make([]byte, 1<<20))
	}
	deadline := time.Now().Add(10 * time.Second)
	for gcPercent() != 100 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	runtime.KeepAlive(live)
	require.Equal(t, 100, gcPercent(), "past %d MiB of live heap the collector runs at GOGC 100", startingHeapLive>>20)
}

func TestTuneStartingHeapKeepsUserGOGC(t *testing.T) {
	t.Setenv("GOGC", "150")
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	TuneStartingHeap()
	require.Equal(t, 150, gcPercent(), "a GOGC in the environment wins")
}
