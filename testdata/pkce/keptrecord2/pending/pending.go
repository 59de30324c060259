// Package pending remembers values between two requests.
package pending

import "sync"

var (
	mu   sync.Mutex
	kept = map[string]any{}
)

// Remember keeps v under id.
func Remember(id string, v any) {
	mu.Lock()
	defer mu.Unlock()
	kept[id] = v
}

// Recall returns what Remember kept under id, once.
func Recall(id string) (any, bool) {
	mu.Lock()
	defer mu.Unlock()
	v, ok := kept[id]
	delete(kept, id)
	return v, ok
}
