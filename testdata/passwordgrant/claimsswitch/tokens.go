// Package claimsswitch issues JWT access tokens from its token endpoint
// and, when it verifies one, voids a password-grant token minted before
// the user's last password change: the switch on the claims' grant_type
// reads what the token records, not what a request asks for (silent).
// The token endpoint's own switch on the request's grant_type issues
// password-grant tokens, and is reported.
package claimsswitch

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type Claims struct {
	GrantType string `json:"grant_type"`
	IssuedAt  int64  `json:"iat"`
	Subject   string `json:"sub"`
}

func (Claims) GetExpirationTime() (*jwt.NumericDate, error) { return nil, nil }
func (Claims) GetIssuedAt() (*jwt.NumericDate, error)       { return nil, nil }
func (Claims) GetNotBefore() (*jwt.NumericDate, error)      { return nil, nil }
func (Claims) GetIssuer() (string, error)                   { return "", nil }
func (c Claims) GetSubject() (string, error)                { return c.Subject, nil }
func (Claims) GetAudience() (jwt.ClaimStrings, error)       { return nil, nil }

var key = []byte("k")

func passwordChangedAt(sub string) int64 { return 0 }

func Verify(raw string) (*Claims, error) {
	var claims Claims
	_, err := jwt.ParseWithClaims(raw, &claims, func(t *jwt.Token) (any, error) {
		switch claims.GrantType {
		case "password":
			if claims.IssuedAt < passwordChangedAt(claims.Subject) {
				return nil, errors.New("password changed since the token was issued")
			}
		}
		return key, nil
	})
	if err != nil {
		return nil, err
	}
	return &claims, nil
}

func checkPassword(user, pass string) bool { return false }

func Token(w http.ResponseWriter, r *http.Request) {
	switch r.PostFormValue("grant_type") {
	case "password": // want `this authorization server accepts the password grant`
		if !checkPassword(r.PostFormValue("username"), r.PostFormValue("password")) {
			http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
			return
		}
		tok := jwt.NewWithClaims(jwt.SigningMethodHS256, Claims{GrantType: "password", Subject: r.PostFormValue("username")})
		s, _ := tok.SignedString(key)
		_ = json.NewEncoder(w).Encode(map[string]string{"access_token": s, "token_type": "Bearer"})
	default:
		http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
	}
}
