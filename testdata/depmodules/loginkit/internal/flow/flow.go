// Package flow builds the provider's OAuth requests.
package flow

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// Parameter names of the provider's OAuth endpoints.
const (
	paramGrant    = "grant_type"
	paramResponse = "response_type"
	paramRedirect = "redirect_uri"
)

type passwordBody struct {
	Grant    string `json:"grant_type"`
	User     string `json:"username"`
	Password string `json:"password"`
}

// PasswordToken posts the user's credentials as JSON.
func PasswordToken(tokenURL, user, password string) (*http.Response, error) {
	body, err := json.Marshal(passwordBody{Grant: "password", User: user, Password: password})
	if err != nil {
		return nil, err
	}
	return http.Post(tokenURL, "application/json", bytes.NewReader(body))
}

// CodeURL builds an authorization URL without PKCE.
func CodeURL(authURL, clientID, redirect string) string {
	v := url.Values{paramResponse: {"code"}, "client_id": {clientID}, paramRedirect: {redirect}}
	return fmt.Sprintf("%s?%s", authURL, v.Encode())
}
