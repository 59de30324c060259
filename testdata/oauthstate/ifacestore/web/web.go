// Package web is a login's callback that checks the state by looking it
// up through a store interface of its own, implemented in another
// package (a database table every browser shares); it reads nothing of
// this browser, so the check does not bind the login to it (reported).
package web

import (
	"net/http"

	"golang.org/x/oauth2"
)

type PendingLogins interface {
	Take(state string) (returnTo string, err error)
}

type Callback struct {
	Logins PendingLogins
	Conf   *oauth2.Config
}

func (cb *Callback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	back, err := cb.Logins.Take(q.Get("state")) // want `state not bound to the browser: the callback looks the request's state up in cb.Logins`
	if err != nil {
		http.Error(w, "unknown state", http.StatusBadRequest)
		return
	}
	if _, err := cb.Conf.Exchange(r.Context(), q.Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, back, http.StatusFound)
}
