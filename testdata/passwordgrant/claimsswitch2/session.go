// Package claimsswitch2 keeps sessions as JWTs whose claims embed
// jwt.RegisteredClaims and record the grant that made them; a
// middleware refuses refresh-grant sessions on an admin route by
// comparing that field (an if, not a switch): no token endpoint, silent.
package claimsswitch2

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type SessionClaims struct {
	jwt.RegisteredClaims
	Grant string `json:"grant_type"`
}

func AdminOnly(key []byte, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		c := new(SessionClaims)
		if _, err := jwt.ParseWithClaims(raw, c, func(*jwt.Token) (any, error) { return key, nil }); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if c.Grant == "password" || c.Grant == "client_credentials" {
			next.ServeHTTP(w, r)
			return
		}
		http.Error(w, "forbidden", http.StatusForbidden)
	})
}
