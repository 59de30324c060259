// Package login is ephemeralpage written another way: the listener is on
// localhost port 0, the redirect URI is concatenated from the address's
// String into a Config literal, the local page links to the
// authorization endpoint through a template, and the user is told to
// open the page. A native client without PKCE (reported); the variant
// that sends an S256 challenge is silent.
package login

import (
	"context"
	"fmt"
	"html/template"
	"net"
	"net/http"

	"golang.org/x/oauth2"
)

var page = template.Must(template.New("p").Parse(`<a href="{{.}}">Sign in with Example</a>`))

var endpoint = oauth2.Endpoint{AuthURL: "https://sso.example.net/oauth2/auth", TokenURL: "https://sso.example.net/oauth2/token"}

func serve(ln net.Listener, consent string, codes chan<- string) {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		_ = page.Execute(w, consent)
	})
	mux.HandleFunc("/oauth/callback", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.FormValue("code")
	})
	go http.Serve(ln, mux)
	fmt.Printf("Open http://%s/ in your browser to sign in.\n", ln.Addr())
}

func Run(ctx context.Context, clientID, state string) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	conf := &oauth2.Config{ClientID: clientID, Endpoint: endpoint, RedirectURL: "http://" + ln.Addr().String() + "/oauth/callback"}
	codes := make(chan string, 1)
	serve(ln, conf.AuthCodeURL(state), codes) // want `without PKCE in a native client`
	return conf.Exchange(ctx, <-codes)
}

func RunPKCE(ctx context.Context, clientID, state string) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	conf := &oauth2.Config{ClientID: clientID, Endpoint: endpoint, RedirectURL: "http://" + ln.Addr().String() + "/oauth/callback"}
	codes := make(chan string, 1)
	verifier := oauth2.GenerateVerifier()
	serve(ln, conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), codes)
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}
