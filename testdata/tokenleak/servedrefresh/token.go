// Package servedrefresh is a token endpoint that logs the token request
// it serves, refresh token included (reported), and one that logs only
// its grant type and client (silent).
package servedrefresh

import (
	"encoding/json"
	"log"
	"net/http"
)

type refreshRequest struct {
	GrantType    string
	ClientID     string
	RefreshToken string
}

func Token(w http.ResponseWriter, r *http.Request) {
	req := refreshRequest{
		GrantType:    r.PostFormValue("grant_type"),
		ClientID:     r.PostFormValue("client_id"),
		RefreshToken: r.PostFormValue("refresh_token"),
	}
	log.Println("token request:", req) // want `refresh token written to a log`
	log.Printf("grant %s for %s", req.GrantType, req.ClientID)
	if req.GrantType != "refresh_token" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"access_token": "rotated", "token_type": "Bearer"})
}
