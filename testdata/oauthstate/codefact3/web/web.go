// Package web serves the sign-in callback with echo-style handlers on
// net/http.
package web

import (
	"net/http"

	"example.com/fixtures/oauthstate/codefact3/usecase"
)

type Handler struct{ S *usecase.Service }

func (h Handler) Callback(w http.ResponseWriter, r *http.Request) {
	if _, err := h.S.SignIn(r.Context(), r.URL.Query().Get("code")); err != nil { // want `callback exchanges the code without checking state`
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}

func (h Handler) Checked(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	if _, err := h.S.SignIn(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
	}
}
