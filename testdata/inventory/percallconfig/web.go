// Package percallconfig is a web app that makes its oauth2.Config per
// request (the callback URL depends on the provider's name), in the login
// handler and again in the callback: one flow, the exchange in the other
// handler. Its options come from the provider (opts...), so its
// response_type is not known from the call alone; the exchange says it
// is a code flow.
package percallconfig

import (
	"net/http"

	"golang.org/x/oauth2"
)

type provider struct {
	id, secret string
	opts       []oauth2.AuthCodeOption
}

func (p *provider) config(returnURL string) *oauth2.Config {
	return &oauth2.Config{ClientID: p.id, ClientSecret: p.secret, RedirectURL: returnURL,
		Endpoint: oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://accounts.example.com/token"}}
}

var providers = map[string]*provider{}

func login(w http.ResponseWriter, r *http.Request) {
	p := providers[r.PathValue("provider")]
	cfg := p.config("https://app.example.com/oauth/" + r.PathValue("provider") + "/return")
	state := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, Secure: true, HttpOnly: true})
	http.Redirect(w, r, cfg.AuthCodeURL(state, p.opts...), http.StatusSeeOther)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("state")
	if err != nil || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	p := providers[r.PathValue("provider")]
	conf := p.config("https://app.example.com/oauth/" + r.PathValue("provider") + "/return")
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}
