// Package requesthelper redeems the code in a method handed the request
// being served. Finish checks the state only against a map every browser
// shares (reported); FinishBound compares it with the browser's cookie
// (silent); Redeem reads no state, and its caller checks it (silent).
package requesthelper

import (
	"errors"
	"net/http"

	"golang.org/x/oauth2"
)

var errState = errors.New("bad state")

type Flow struct {
	Conf    *oauth2.Config
	pending map[string]bool
}

func (f *Flow) Start(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	f.pending[st] = true
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, f.Conf.AuthCodeURL(st), http.StatusFound)
}

func (f *Flow) Finish(r *http.Request) (*oauth2.Token, error) {
	st := r.FormValue("state")
	if !f.pending[st] { // want `state not bound to the browser`
		return nil, errState
	}
	delete(f.pending, st)
	return f.Conf.Exchange(r.Context(), r.FormValue("code"))
}

func (f *Flow) FinishBound(r *http.Request) (*oauth2.Token, error) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		return nil, errState
	}
	return f.Conf.Exchange(r.Context(), r.FormValue("code"))
}

func (f *Flow) Redeem(r *http.Request) (*oauth2.Token, error) {
	return f.Conf.Exchange(r.Context(), r.FormValue("code"))
}

func (f *Flow) Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := f.Redeem(r); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
