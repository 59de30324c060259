// Package middleware checks bearer tokens with the oauth package's
// server: a token method, not the authorization endpoint.
package middleware

import (
	"net/http"

	"example.com/fixtures/implicitgrant/exportedtokenonly/oauth"
)

func Bearer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := oauth.Srv.ValidationBearerToken(r); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/oauth/token", oauth.Token)
	mux.Handle("/api/", Bearer(http.NotFoundHandler()))
}
