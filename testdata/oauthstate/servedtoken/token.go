// Package servedtoken is an authorization server's token endpoint: it
// parses the request it serves into a tagged struct, grant type and code
// included. That is the server's record of a request it received, not a
// client's exchange, and a token endpoint has no state (silent).
package servedtoken

import (
	"encoding/json"
	"net/http"
)

type TokenRequest struct {
	GrantType    string `json:"grant_type"`
	Code         string `json:"code,omitempty"`
	RedirectURI  string `json:"redirect_uri,omitempty"`
	ClientID     string `json:"client_id"`
	CodeVerifier string `json:"code_verifier,omitempty"`
}

type TokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
}

func process(req *TokenRequest) (*TokenResponse, error) {
	return &TokenResponse{AccessToken: "issued", TokenType: "Bearer"}, nil
}

func Token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	req := &TokenRequest{
		GrantType:    r.FormValue("grant_type"),
		Code:         r.FormValue("code"),
		RedirectURI:  r.FormValue("redirect_uri"),
		ClientID:     r.FormValue("client_id"),
		CodeVerifier: r.FormValue("code_verifier"),
	}
	resp, err := process(req)
	if err != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}
