// Package storageparam2 is a go-oauth2 token store that logs the access
// token it is asked to revoke (reported) and the code it is asked to
// remove (silent: codes are not this table's business).
package storageparam2

import (
	"context"
	"log/slog"
	"sync"

	"github.com/go-oauth2/oauth2/v4"
)

type Tokens struct {
	mu     sync.Mutex
	byCode map[string]oauth2.TokenInfo
	byAT   map[string]oauth2.TokenInfo
	byRT   map[string]oauth2.TokenInfo
}

var _ oauth2.TokenStore = (*Tokens)(nil)

func (t *Tokens) Create(_ context.Context, info oauth2.TokenInfo) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if c := info.GetCode(); c != "" {
		t.byCode[c] = info
	}
	if a := info.GetAccess(); a != "" {
		t.byAT[a] = info
	}
	if r := info.GetRefresh(); r != "" {
		t.byRT[r] = info
	}
	return nil
}

func (t *Tokens) RemoveByCode(_ context.Context, code string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.byCode, code)
	return nil
}

func (t *Tokens) RemoveByAccess(_ context.Context, at string) error {
	slog.Info("revoking", "access_token", at) // want `access token written to a log`
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.byAT, at)
	return nil
}

func (t *Tokens) RemoveByRefresh(_ context.Context, rt string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.byRT, rt)
	return nil
}

func (t *Tokens) GetByCode(_ context.Context, code string) (oauth2.TokenInfo, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.byCode[code], nil
}

func (t *Tokens) GetByAccess(_ context.Context, at string) (oauth2.TokenInfo, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.byAT[at], nil
}

func (t *Tokens) GetByRefresh(_ context.Context, rt string) (oauth2.TokenInfo, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.byRT[rt], nil
}
