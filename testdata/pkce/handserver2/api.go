// Package handserver2 is the HTTP layer of a hand-written token service:
// the request body is decoded into a tagged struct, and the code exchange
// lives in another package of the module, which never reads a verifier.
package handserver2

import (
	"encoding/json"
	"net/http"

	"example.com/fixtures/pkce/handserver2/grants"
)

type tokenRequest struct {
	Grant       string `json:"grant_type"`
	Code        string `json:"code"`
	RedirectURI string `json:"redirect_uri"`
	ClientID    string `json:"client_id"`
}

type Service struct{ mux *http.ServeMux }

func (s *Service) Routes() { s.mux.HandleFunc("POST /oauth/token", s.exchange) }

func (s *Service) exchange(w http.ResponseWriter, r *http.Request) {
	var req tokenRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	if req.Grant != "authorization_code" { // want `this authorization server lets public clients skip PKCE: the token endpoint issues tokens for grant_type "authorization_code" \(the values it lets through in exchange\)`
		writeError(w, "unsupported_grant_type")
		return
	}
	out, err := grants.RedeemCode(req.ClientID, req.Code, req.RedirectURI)
	if err != nil {
		writeError(w, err.Error())
		return
	}
	json.NewEncoder(w).Encode(out)
}

func writeError(w http.ResponseWriter, code string) {
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]string{"error": code})
}
