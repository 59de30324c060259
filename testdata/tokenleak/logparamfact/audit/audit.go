// Package audit records what the program does with credentials; its
// helpers write their parameters out.
package audit

import (
	"log/slog"
	"net/http"
	"net/url"
	"strings"
)

type Trail struct{ Log *slog.Logger }

// Revoked records a revocation: it logs the token it is given.
func (t *Trail) Revoked(kind, token string) {
	t.Log.Info("revoked", "kind", kind, "token", token)
}

// Revoke ends a token at the provider and prints it first.
func Revoke(endpoint, token string) error {
	println("revoking", token)
	_, err := http.Post(endpoint, "application/x-www-form-urlencoded", strings.NewReader(url.Values{"token": {token}}.Encode()))
	return err
}

// Debug logs its value only when asked to.
func Debug(on bool, v string) {
	if on {
		slog.Debug("debug", "v", v)
	}
}
