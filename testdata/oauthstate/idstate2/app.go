// The state from an id helper of another package, kept in a session map.
package idstate2

import (
	"context"
	"sync"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/idstate2/ids"
)

type Flow struct {
	mu      sync.Mutex
	pending map[string]bool
	cfg     oauth2.Config
}

func (f *Flow) Begin() string {
	st := ids.Next()
	f.mu.Lock()
	f.pending[st] = true
	f.mu.Unlock()
	return f.cfg.AuthCodeURL(st, oauth2.AccessTypeOffline) // want `predictable OAuth state: the state comes from xid.NewWithTime .* in ids.Next`
}

func (f *Flow) Finish(ctx context.Context, state, code string) (*oauth2.Token, error) {
	f.mu.Lock()
	ok := f.pending[state]
	delete(f.pending, state)
	f.mu.Unlock()
	if !ok {
		return nil, context.Canceled
	}
	return f.cfg.Exchange(ctx, code)
}
