// Package inverted is a token endpoint's code check whose redirect URI
// test is the wrong way round: it refuses a URI that extends the one the
// code was issued for, and lets every other URI through.
package inverted

import (
	"errors"
	"net/http"
	"strings"
)

var ErrInvalidRedirectURI = errors.New("invalid_redirect_uri")

type codeValue struct {
	ClientID    string
	RedirectURI string
	Scope       string
}

var codes = map[string]codeValue{}

func VerifyCode(code, clientID, redirectURI string) (value *codeValue, err error) {
	v, ok := codes[code]
	if !ok {
		return nil, errors.New("invalid_grant")
	}
	if v.ClientID != clientID || (strings.HasPrefix(redirectURI, v.RedirectURI) && redirectURI != v.RedirectURI) {
		err = ErrInvalidRedirectURI
		return
	}
	delete(codes, code)
	return &v, nil
}

func Token(w http.ResponseWriter, r *http.Request) {
	if _, err := VerifyCode(r.PostFormValue("code"), r.PostFormValue("client_id"), r.PostFormValue("redirect_uri")); err != nil { // want `matched by prefix \(strings.HasPrefix\), the wrong way round`
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"opaque","token_type":"Bearer"}`))
}
