package token

import (
	"net/http"

	"example.com/fixtures/pkce/tokenonlylib/models"
)

// Issue is the /token endpoint.
func Issue(w http.ResponseWriter, r *http.Request) {
	if err := Server.HandleTokenRequest(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
	}
}

// Enroll registers the caller, authenticated by a middleware, as a
// client with a secret.
func Enroll(w http.ResponseWriter, r *http.Request) {
	c := models.FromRequest(r)
	if err := Clients.Set(c.ID, c.Model()); err != nil {
		http.Error(w, "cannot enroll", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
