// A command-line tracker that logs in through the browser: its loopback
// callback reads the code and hands it to an exported function of the
// package that posts the token request, and never compares the state it
// sent.
package paramcode

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"
)

const (
	authorizeURL = "https://tracker.example.org/oauth/authorize"
	tokenURL     = "https://tracker.example.org/oauth/token"
	callbackURI  = "http://127.0.0.1:7777/done"
)

// Redeem trades an authorization code for tokens.
func Redeem(clientID, authCode string) error {
	form := url.Values{}
	form.Set("client_id", clientID)
	form.Set("grant_type", "authorization_code") // want `callback exchanges the code without checking state: the handler at paramcode.go:\d+ reads the request's code but never its state`
	form.Set("code", authCode)
	form.Set("redirect_uri", callbackURI)
	resp, err := http.Post(tokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Login(clientID string, open func(string) error) error {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return err
	}
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", clientID)
	q.Set("redirect_uri", callbackURI)
	q.Set("state", hex.EncodeToString(b))
	if err := open(authorizeURL + "?" + q.Encode()); err != nil {
		return err
	}
	done := make(chan error, 1)
	srv := &http.Server{Addr: "127.0.0.1:7777"}
	http.HandleFunc("/done", func(w http.ResponseWriter, r *http.Request) {
		done <- Redeem(clientID, r.URL.Query().Get("code"))
	})
	go srv.ListenAndServe()
	return <-done
}

// Typed reuses Redeem with a code pasted on the terminal: not a callback.
func Typed(clientID string, lines <-chan string) error {
	return Redeem(clientID, <-lines)
}
