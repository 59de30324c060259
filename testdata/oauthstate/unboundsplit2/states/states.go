// Package states remembers the states of logins in progress, for every
// user of the server alike.
package states

import (
	"sync"
	"time"
)

var pending sync.Map // state → expiry

// Remember records a new login's state.
func Remember(state string) { pending.Store(state, time.Now().Add(5*time.Minute)) }

// Known reports whether state belongs to a login in progress, and forgets
// it.
func Known(state string) bool {
	exp, ok := pending.LoadAndDelete(state)
	return ok && time.Now().Before(exp.(time.Time))
}
