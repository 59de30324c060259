// An identity provider parses the incoming authorization request into a
// struct tagged with the parameter names. The struct is the request the
// client sent, not one this program makes: its missing method is the
// client's choice (silent).
package parsedauth

import (
	"errors"
	"net/http"
)

type AuthorizeParams struct {
	ClientID      string `json:"client_id"`
	RedirectURI   string `json:"redirect_uri"`
	ResponseType  string `json:"response_type"`
	State         string `json:"state"`
	CodeChallenge string `json:"code_challenge"`
}

func ParseAuthorize(w http.ResponseWriter, r *http.Request) (*AuthorizeParams, error) {
	if err := r.ParseForm(); err != nil {
		return nil, err
	}
	clientID := r.Form.Get("client_id")
	if clientID == "" {
		http.Error(w, "client_id required", http.StatusBadRequest)
		return nil, errors.New("missing client_id")
	}
	rt := r.Form.Get("response_type")
	challenge := r.Form.Get("code_challenge")
	return &AuthorizeParams{
		ClientID:      clientID,
		RedirectURI:   r.Form.Get("redirect_uri"),
		ResponseType:  rt,
		State:         r.Form.Get("state"),
		CodeChallenge: challenge,
	}, nil
}
