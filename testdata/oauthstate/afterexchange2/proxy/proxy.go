// Package proxy is afterexchange written another way: an HMAC-signed
// state checked by a method, then a session issued by another package's
// manager after the exchange (reported).
package proxy

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"strings"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/afterexchange2/session"
)

type Auth struct {
	conf     *oauth2.Config
	secret   []byte
	sessions *session.Manager
}

func (a *Auth) validate(raw string) (string, error) {
	body, sig, ok := strings.Cut(raw, ".")
	if !ok {
		return "", errors.New("bad state")
	}
	mac := hmac.New(sha256.New, a.secret)
	mac.Write([]byte(body))
	want := base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(sig), []byte(want)) {
		return "", errors.New("bad signature")
	}
	return body, nil
}

func (a *Auth) Callback(w http.ResponseWriter, r *http.Request) {
	next, err := a.validate(r.URL.Query().Get("state")) // want `state not bound to the browser: the callback only opens the request's state with the server's key \(hmac.Equal, through validate\)`
	if err != nil {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := a.conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	_ = a.sessions.Issue(w, r, tok.AccessToken[:0])
	http.Redirect(w, r, next, http.StatusFound)
}
