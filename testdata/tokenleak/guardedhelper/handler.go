// Package guardedhelper answers JSON through a helper that logs the
// payload only for error statuses: the token endpoint's answer, sent
// with the constant 200, is never logged (silent); an error answer that
// carries the token response is (reported), and so is a call whose
// status is not constant.
package guardedhelper

import (
	"encoding/json"
	"log/slog"
	"net/http"
)

type TokenSet struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	TokenType    string `json:"token_type"`
}

func respondJSON(w http.ResponseWriter, status int, payload any) {
	if status >= http.StatusBadRequest {
		slog.Error("JSON API error response", "status", status, "payload", payload)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(payload)
}

func issue(user string) *TokenSet { return &TokenSet{TokenType: "Bearer"} }

func Token(w http.ResponseWriter, r *http.Request) {
	tokens := issue(r.PostFormValue("username"))
	respondJSON(w, http.StatusOK, tokens)
}

func TokenConflict(w http.ResponseWriter, r *http.Request) {
	tokens := issue(r.PostFormValue("username"))
	respondJSON(w, http.StatusConflict, tokens) // want `token response written to a log`
}

func TokenWith(w http.ResponseWriter, r *http.Request, status int) {
	respondJSON(w, status, issue(r.PostFormValue("username"))) // want `token response written to a log`
}
