// Package web is skippedcheck written with the exchange in another
// package: the callback hands the code to login.Service.Complete after a
// state check that a missing cookie skips. Reported.
package web

import (
	"net/http"

	"example.com/fixtures/oauthstate/skippedcheck3/login"
)

type Handler struct {
	Logins *login.Service
}

func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	saved := ""
	if c, err := r.Cookie("login_state"); err == nil {
		saved = c.Value
	}
	if saved != "" && q.Get("state") != saved { // want `state check skipped when saved is empty`
		http.Redirect(w, r, "/login?error=state", http.StatusFound)
		return
	}
	if _, err := h.Logins.Complete(r.Context(), q.Get("code")); err != nil {
		http.Redirect(w, r, "/login?error=exchange", http.StatusFound)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}
