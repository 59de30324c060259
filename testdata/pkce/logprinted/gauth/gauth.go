// Package gauth is a library whose login helper prints the authorization
// URL with the standard logger (log.Println) for the user to open: the same
// native prompt as the command in the parent folder, written as a method
// of a library type.
package gauth

import (
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

// Authenticator runs one login.
type Authenticator struct {
	cfg   *oauth2.Config
	state string
}

// New returns an Authenticator for the given endpoint.
func New(id string, ep oauth2.Endpoint, state string) *Authenticator {
	return &Authenticator{cfg: &oauth2.Config{ClientID: id, Endpoint: ep}, state: state}
}

// Start asks the user to open the consent page.
func (a *Authenticator) Start() {
	for _, prompt := range []string{"Open this page in your browser:"} {
		link := a.cfg.AuthCodeURL(a.state) // want `authorization code flow without PKCE in a native client: prints the authorization URL with log\.Println`
		log.Println(prompt, link)
	}
}

// StartPKCE is the right way: an S256 challenge, the verifier kept.
func (a *Authenticator) StartPKCE() (verifier string) {
	verifier = oauth2.GenerateVerifier()
	log.Println("Open this page in your browser:", a.cfg.AuthCodeURL(a.state, oauth2.S256ChallengeOption(verifier)))
	return verifier
}

// LoginHandler is a web app's login route: it logs the URL it redirects
// to, a server's log line, not a prompt (the redirect says server).
func (a *Authenticator) LoginHandler(w http.ResponseWriter, r *http.Request) {
	u := a.cfg.AuthCodeURL(a.state)
	log.Printf("redirecting to %s", u)
	http.Redirect(w, r, u, http.StatusFound)
}

// Logged writes the URL with a *log.Logger whose destination is not known
// here (a file, a log collector): no evidence of a terminal, so silent.
func (a *Authenticator) Logged(l *log.Logger) {
	l.Printf("login url: %s", a.cfg.AuthCodeURL(a.state))
}

// entry is an audit record.
type entry struct {
	Kind, URL string
}

func (e *entry) log() { log.Printf("audit: %s %s", e.Kind, e.URL) }

// Recorded keeps the URL in an audit record that is logged: a record of
// the login, not a prompt to the user, so it says nothing about the client
// kind (silent).
func (a *Authenticator) Recorded() string {
	u := a.cfg.AuthCodeURL(a.state)
	rec := &entry{Kind: "login", URL: u}
	rec.log()
	return u
}
