// A token endpoint that answers with an anonymous struct and logs the
// JSON it sends.
package anonresponse

import (
	"crypto/rand"
	"encoding/json"
	"log/slog"
	"net/http"
)

func issue(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") != "client_credentials" {
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
		return
	}
	body := struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
		ExpiresIn   int    `json:"expires_in"`
	}{AccessToken: rand.Text(), TokenType: "Bearer", ExpiresIn: 900}
	out, err := json.Marshal(body)
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	slog.Info("issued", "body", string(out)) // want `token response written to a log`
	meta, _ := json.Marshal(struct {
		TokenType string `json:"token_type"`
		ExpiresIn int    `json:"expires_in"`
	}{body.TokenType, body.ExpiresIn})
	slog.Info("issued", "meta", string(meta))
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}
