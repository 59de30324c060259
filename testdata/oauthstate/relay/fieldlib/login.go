// Package fieldlib runs a browser login from a library: its callback
// type stores the code in a field and signals, and the login function
// exchanges it after the server stops; the state is random but never
// compared. The exchange sends a PKCE verifier: low severity.
package fieldlib

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"golang.org/x/oauth2"
)

type callback struct {
	code string
	done chan struct{}
}

func (c *callback) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	q := req.URL.Query()
	c.code = q.Get("code")
	w.Write([]byte("You can close this tab."))
	close(c.done)
}

func state() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Login(ctx context.Context, conf *oauth2.Config, open func(string) error) (*oauth2.Token, error) {
	verifier := oauth2.GenerateVerifier()
	cb := &callback{done: make(chan struct{})}
	srv := &http.Server{Addr: "127.0.0.1:8443", Handler: cb}
	go srv.ListenAndServe()
	if err := open(conf.AuthCodeURL(state(), oauth2.S256ChallengeOption(verifier))); err != nil {
		return nil, err
	}
	<-cb.done
	srv.Shutdown(ctx)
	return conf.Exchange(ctx, cb.code, oauth2.VerifierOption(verifier)) // want `callback exchanges the code without checking state \(low severity: the exchange sends a PKCE code_verifier`
}
