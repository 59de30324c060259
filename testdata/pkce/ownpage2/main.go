// Command ownpage2 listens on an address from its configuration and
// opens its own /login page there with pkg/browser: a native app whose
// local page redirects without PKCE (reported). The dashboard beside it,
// which opens the browser on its documentation and serves on all
// interfaces, is a web app (see ownpage2/dashboard).
package main

import (
	"net"
	"net/http"
	"os"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

type settings struct{ Addr string }

func load() settings { return settings{Addr: os.Getenv("LOGIN_ADDR")} }

func main() {
	s := load()
	cfg := oauth2.Config{
		ClientID:    "desktop",
		RedirectURL: "http://" + s.Addr + "/done",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		c, _ := r.Cookie("login")
		http.Redirect(w, r, cfg.AuthCodeURL(c.Value), http.StatusFound) // want `authorization code flow without PKCE in a command-line client: opens in the browser the address it serves its login page on`
	})
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		os.Exit(1)
	}
	browser.OpenURL("http://" + s.Addr + "/login")
	http.Serve(ln, mux)
}
