// Package managertoken guards an API with go-oauth2's token manager: the
// token a client sends in its own header is handed to
// Manager.LoadAccessToken, so it is an access token, and logging it
// whole is reported. Beside it the same guard logging only its length.
package managertoken

import (
	"log"
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
)

type Guard struct {
	Tokens *manage.Manager
}

func (g *Guard) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bearer := r.Header.Get("X-Area-Token")
		log.Println("area token from request:", bearer) // want `access token written to a log: log.Println logs the access token`
		if _, err := g.Tokens.LoadAccessToken(r.Context(), bearer); err != nil {
			http.Error(w, "denied", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (g *Guard) WrapQuiet(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bearer := r.Header.Get("X-Area-Token")
		log.Println("area token length:", len(bearer))
		if _, err := g.Tokens.LoadAccessToken(r.Context(), bearer); err != nil {
			http.Error(w, "denied", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
