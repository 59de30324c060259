// Package handedstate2 writes the same flaw differently: the state, a
// literal, is handed down two levels of unexported methods before
// AuthCodeURL uses it, and the method that redirects is called from two
// handlers, both with the literal.
package handedstate2

import (
	"net/http"

	"golang.org/x/oauth2"
)

type portal struct {
	conf *oauth2.Config
}

func (p *portal) send(w http.ResponseWriter, r *http.Request, st string) {
	http.Redirect(w, r, p.conf.AuthCodeURL(st, oauth2.AccessTypeOffline), http.StatusFound) // want `constant OAuth state: the state is the constant "login", passed as st by every call of send`
}

func (p *portal) begin(w http.ResponseWriter, r *http.Request, tag string) {
	w.Header().Set("Cache-Control", "no-store")
	p.send(w, r, tag)
}

func (p *portal) Login(w http.ResponseWriter, r *http.Request) {
	p.begin(w, r, "login")
}

func (p *portal) Relogin(w http.ResponseWriter, r *http.Request) {
	p.begin(w, r, "login")
}

func (p *portal) Callback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != "login" {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := p.conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
