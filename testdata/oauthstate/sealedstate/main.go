// Command sealedstate is a gateway whose state is the return URL and the
// PKCE verifier, sealed with the server's AES-GCM key: the callback only
// opens it, and reads no cookie, so any state the gateway ever issued
// passes (reported where it is opened). The second callback also
// compares a nonce in the state with the login's cookie (silent).
package main

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	key  = make([]byte, 32)
	conf = &oauth2.Config{ClientID: "gw", ClientSecret: "s", RedirectURL: "https://gw.example.com/callback",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}
)

type sealed struct {
	Return   string `json:"r"`
	Verifier string `json:"v"`
	Nonce    string `json:"n"`
}

func open(s string) (*sealed, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(raw) < gcm.NonceSize() {
		return nil, errors.New("short state")
	}
	plain, err := gcm.Open(nil, raw[:gcm.NonceSize()], raw[gcm.NonceSize():], nil)
	if err != nil {
		return nil, err
	}
	var st sealed
	if err := json.Unmarshal(plain, &st); err != nil {
		return nil, err
	}
	return &st, nil
}

func callback(w http.ResponseWriter, r *http.Request) {
	st, err := open(r.URL.Query().Get("state")) // want `state not bound to the browser: the callback only opens the request's state with the server.s key \(cipher.AEAD.Open, through open\)`
	if err != nil {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(st.Verifier)); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, st.Return, http.StatusFound)
}

func boundCallback(w http.ResponseWriter, r *http.Request) {
	st, err := open(r.URL.Query().Get("state"))
	if err != nil {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	c, err := r.Cookie("login_nonce")
	if err != nil || c.Value == "" || c.Value != st.Nonce {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(st.Verifier)); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, st.Return, http.StatusFound)
}

func main() {
	http.HandleFunc("/callback", callback)
	http.HandleFunc("/callback2", boundCallback)
	_ = http.ListenAndServe(":8443", nil)
}
