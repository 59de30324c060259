// Package deadvalidate has a validate method nothing calls beside the
// token endpoint that runs: the finding points at the endpoint's switch,
// not at the unused gate.
package deadvalidate

import (
	"errors"
	"net/http"
)

type tokenRequest struct {
	GrantType string
	Code      string
}

func (tr *tokenRequest) validate() error {
	if tr.GrantType != "authorization_code" && tr.GrantType != "refresh_token" {
		return errors.New("unsupported_grant_type")
	}
	return nil
}

var codes = map[string]string{}

func Authorize(w http.ResponseWriter, r *http.Request) {
	codes["c"] = r.FormValue("client_id")
	http.Redirect(w, r, "https://app.example.com/cb?code=c&state="+r.FormValue("state"), http.StatusFound)
}

func Token(w http.ResponseWriter, r *http.Request) {
	tr := tokenRequest{GrantType: r.PostFormValue("grant_type"), Code: r.PostFormValue("code")}
	switch tr.GrantType {
	case "authorization_code": // want `lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(switch case in Token\)`
		if _, ok := codes[tr.Code]; !ok {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		w.Write([]byte(`{"access_token":"a","token_type":"Bearer"}`))
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
