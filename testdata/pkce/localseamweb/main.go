// Command localseamweb is a web app whose login page writes the
// authorization URL into a template; it listens on all interfaces and
// builds its redirect URI from its listener's address, and a function
// variable opens the operator's browser on start. Not a native app: its
// listener's host is no loopback, so the redirect URI is not known to be
// one. A confidential client: silent.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"html/template"
	"net"
	"net/http"
	"os"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var show = browser.OpenURL

var tmpl = template.Must(template.New("login").Parse(`<a href="{{.}}">Log in</a>`))

func main() {
	ln, err := net.Listen("tcp", ":8080")
	if err != nil {
		panic(err)
	}
	conf := &oauth2.Config{
		ClientID:     "portal",
		ClientSecret: os.Getenv("PORTAL_SECRET"),
		RedirectURL:  "http://" + ln.Addr().String() + "/callback",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://sso.example.com/authorize", TokenURL: "https://sso.example.com/token"},
	}
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 16)
		rand.Read(b)
		state := hex.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true})
		tmpl.Execute(w, conf.AuthCodeURL(state))
	})
	show("http://" + ln.Addr().String() + "/login")
	http.Serve(ln, nil)
}
