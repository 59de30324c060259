// An API whose middleware takes the bearer token out of the
// Authorization header in a helper and logs it when validation fails
// (reported), beside a log of a fingerprint of it (silent).
package headerhelper

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"
)

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if h == "" {
		return ""
	}
	return strings.Replace(h, "Bearer ", "", 1)
}

func fingerprint(r *http.Request) string {
	sum := sha256.Sum256([]byte(bearer(r)))
	return hex.EncodeToString(sum[:6])
}

var errRejected = errors.New("rejected")

type validator interface{ Valid(token string) bool }

func auth(v validator, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := bearer(r)
		if !v.Valid(tok) {
			log.Printf("validation failed for token %s", tok) // want `request's Authorization header written to a log: log.Printf logs the request's Authorization header`
			log.Printf("validation failed for caller %s", fingerprint(r))
			log.Print(fmt.Errorf("rejected %s: %w", tok, errRejected)) // want `request's Authorization header written to a log`
			log.Print(fmt.Errorf("rejected caller %s: %w", fingerprint(r), errRejected))
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
