// Package fieldtemplate builds its authorization URL once, without a
// state, and adds each login's state where it sends the browser.
package fieldtemplate

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
)

type Provider struct {
	ID, Callback string
	loginURL     string
}

func New(id, callback string) *Provider {
	p := &Provider{ID: id, Callback: callback}
	p.loginURL = fmt.Sprintf("https://accounts.example.io/oauth2/authorize?response_type=code&client_id=%s&redirect_uri=%s",
		id, url.QueryEscape(callback))
	return p
}

func newState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (p *Provider) Login(w http.ResponseWriter, r *http.Request) {
	st := newState()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, p.loginURL+"&state="+url.QueryEscape(st), http.StatusFound)
}

// QuickLogin builds a second URL that never gets a state.
func (p *Provider) QuickLogin(w http.ResponseWriter, r *http.Request) {
	u := "https://accounts.example.io/oauth2/authorize?response_type=code&client_id=" + url.QueryEscape(p.ID) // want `authorization request without a state`
	http.Redirect(w, r, u, http.StatusFound)
}
