// States taken from unique-id generators: xid and uuid version 1 are the
// clock, a machine id and a counter (guessable); uuid versions 4 and 7
// carry random bits (silent).
package idstate

import (
	"net/http"

	"github.com/google/uuid"
	"github.com/rs/xid"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: "secret",
	RedirectURL:  "https://shop.example.com/oauth/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://login.example.com/authorize", TokenURL: "https://login.example.com/token"},
}

// One finding per client: the second login has a client of its own.
var partner = &oauth2.Config{
	ClientID:     "partner",
	ClientSecret: "partner-secret",
	RedirectURL:  "https://shop.example.com/oauth/partner",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://partner.example.net/authorize", TokenURL: "https://partner.example.net/token"},
}

func newState() string { return xid.New().String() }

func keep(w http.ResponseWriter, st string) {
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: st, HttpOnly: true, Secure: true})
}

func loginXID(w http.ResponseWriter, r *http.Request) {
	st := newState()
	keep(w, st)
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state: the state comes from xid.New`
}

func loginV1(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.NewUUID()
	if err != nil {
		return
	}
	keep(w, id.String())
	http.Redirect(w, r, partner.AuthCodeURL(id.String()), http.StatusFound) // want `predictable OAuth state: the state comes from uuid.NewUUID`
}

// Each safe login has its own client too, so that its silence is its own.
var (
	v4conf = &oauth2.Config{ClientID: "v4", ClientSecret: "s4", RedirectURL: "https://shop.example.com/oauth/v4", Endpoint: conf.Endpoint}
	v7conf = &oauth2.Config{ClientID: "v7", ClientSecret: "s7", RedirectURL: "https://shop.example.com/oauth/v7", Endpoint: conf.Endpoint}
)

func loginV4(w http.ResponseWriter, r *http.Request) {
	st := uuid.NewString()
	keep(w, st)
	http.Redirect(w, r, v4conf.AuthCodeURL(st), http.StatusFound)
}

func loginV7(w http.ResponseWriter, r *http.Request) {
	st := uuid.Must(uuid.NewV7()).String()
	keep(w, st)
	http.Redirect(w, r, v7conf.AuthCodeURL(st), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}
