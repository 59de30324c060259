// Package formtoken2: a resource server that accepts the token in the
// query (a legacy client) and logs every request with it; another
// handler logs only the token's type.
package formtoken2

import (
	"log/slog"
	"net/http"
)

func Legacy(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	slog.Info("legacy request", "path", r.URL.Path, "token", q.Get("access_token")) // want `access token written to a log`
	w.WriteHeader(http.StatusNoContent)
}

func Typed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	slog.Info("request", "path", r.URL.Path, "token_type", q.Get("token_type"))
	w.WriteHeader(http.StatusNoContent)
}
