// Command localseam signs in to a calendar API from the user's machine:
// it binds a loopback listener, builds its redirect URI from the port it
// got, serves a local page that links to the authorization URL, and opens
// that page through a function variable that tests replace. A native app
// (RFC 8252 §7.3) without PKCE: reported.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"html/template"
	"log"
	"net"
	"net/http"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

const (
	loopback = "127.0.0.1"
	scheme   = "http://"
)

var openPage = browser.OpenURL

var page = template.Must(template.New("p").Parse(`<a href="{{.}}">Sign in</a>`))

func randomState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func signIn(ctx context.Context, conf *oauth2.Config) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(loopback, "0"))
	if err != nil {
		return nil, err
	}
	home := scheme + ln.Addr().String()
	conf.RedirectURL = home + "/callback"
	state := randomState()
	authURL := conf.AuthCodeURL(state, oauth2.AccessTypeOffline) // want `authorization code flow without PKCE in a command-line client: serves its login page on a loopback address`
	codes := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		page.Execute(w, authURL)
	})
	mux.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		codes <- r.URL.Query().Get("code")
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()
	if err := openPage(home); err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, <-codes)
}

func main() {
	conf := &oauth2.Config{ClientID: "desktop-app", Endpoint: oauth2.Endpoint{
		AuthURL:  "https://accounts.example.com/o/oauth2/auth",
		TokenURL: "https://accounts.example.com/o/oauth2/token",
	}, Scopes: []string{"calendar"}}
	if _, err := signIn(context.Background(), conf); err != nil {
		log.Fatal(err)
	}
}
