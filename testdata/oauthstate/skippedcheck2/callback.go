// Package skippedcheck2 is skippedcheck written differently: the guard
// is on the request's side (a callback without a state skips the check)
// and the stored state comes from a session map. Reported.
package skippedcheck2

import (
	"net/http"

	"golang.org/x/oauth2"
)

type App struct {
	OAuth    *oauth2.Config
	Sessions map[string]map[string]string
}

func (a *App) sessionOf(r *http.Request) map[string]string {
	c, err := r.Cookie("sid")
	if err != nil {
		return map[string]string{}
	}
	return a.Sessions[c.Value]
}

func (a *App) Done(w http.ResponseWriter, r *http.Request) {
	sess := a.sessionOf(r)
	expected := sess["state"]
	if got := r.FormValue("state"); len(got) > 0 && got != expected { // want `state check skipped when got is empty`
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	if _, err := a.OAuth.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
