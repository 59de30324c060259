// A token endpoint that decodes the request body into a tagged struct and
// issues tokens when its grant_type is "password": reported, whatever
// else the package loads.
package loadedsettings2

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
)

type tokenRequest struct {
	GrantType string `json:"grant_type"`
	Username  string `json:"username"`
	Password  string `json:"password"`
}

type client struct {
	GrantType string `json:"grant_type"`
}

func loadClient(id string) client { return client{GrantType: "client_credentials"} }

func Token(w http.ResponseWriter, r *http.Request) {
	var req tokenRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	c := loadClient(r.Header.Get("X-Client"))
	_ = c
	if req.GrantType == "password" { // want `this authorization server accepts the password grant`
		_ = json.NewEncoder(w).Encode(map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
		return
	}
	http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
}
