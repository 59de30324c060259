// Package traps handles passwords without any password grant.
package traps

import (
	"net/http"
	"net/url"
)

// SignUp posts a registration form that has a password field.
func SignUp(user, pass string) (*http.Response, error) {
	return http.PostForm("https://example.com/signup", url.Values{
		"username": {user},
		"password": {pass},
	})
}

// Basic uses HTTP basic authentication with a user's password.
func Basic(req *http.Request, user, password string) {
	req.SetBasicAuth(user, password)
}

// Kind switches on a credential type named "password".
func Kind(credType string) string {
	switch credType {
	case "password":
		return "secret"
	case "otp":
		return "one-time"
	}
	return ""
}

// Credential is a Keycloak-style credential, not a grant.
type Credential struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

func NewPassword(v string) Credential { return Credential{Type: "password", Value: v} }

// Server is an authorization server that checks the grant type it receives.
func Server(w http.ResponseWriter, r *http.Request) {
	if r.PostFormValue("grant_type") == "password" {
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
	}
}

// Passwordless is Auth0's passwordless OTP grant: not a password grant.
func Passwordless(otp string) url.Values {
	return url.Values{"grant_type": {"http://auth0.com/oauth/grant-type/passwordless/otp"}, "otp": {otp}}
}
