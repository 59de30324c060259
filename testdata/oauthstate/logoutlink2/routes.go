// Package logoutlink2 is logoutlink written differently: the logout link
// is built in a route's function literal (in a function not named for
// logging out), toward a constant end-session URL, from a url.Values
// literal. Silent.
package logoutlink2

import (
	"net/http"
	"net/url"
)

type App struct {
	ClientID string
	mux      *http.ServeMux
}

func (a *App) registerRoutes() {
	a.mux.HandleFunc("/bye", func(w http.ResponseWriter, r *http.Request) {
		v := url.Values{"client_id": {a.ClientID}, "redirect_uri": {"https://app.example.org/"}}
		http.Redirect(w, r, "https://sso.example.org/realms/main/protocol/openid-connect/logout?"+v.Encode(), http.StatusFound)
	})
}
