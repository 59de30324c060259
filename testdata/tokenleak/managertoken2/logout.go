// Package managertoken2 revokes a refresh token posted to its logout
// endpoint through the root package's Manager interface, after logging
// the form value with slog: reported as a refresh token.
package managertoken2

import (
	"log/slog"
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
)

func Logout(m oauth2.Manager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rt := r.PostFormValue("rt")
		slog.Info("logout", "rt", rt) // want `refresh token written to a log: slog.Info logs the refresh token`
		if err := m.RemoveRefreshToken(r.Context(), rt); err != nil {
			http.Error(w, "logout failed", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
