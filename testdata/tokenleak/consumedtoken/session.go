// Package consumedtoken decrypts the refresh token kept in its session
// cookie and hands it to zitadel's rp.RefreshTokens: whatever the
// decryption returns is the refresh token, and tracing it logs it
// (reported). Tracing the still-encrypted cookie value, and the client
// assertion type passed beside the token, is silent.
package consumedtoken

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"encoding/base64"
	"errors"
	"log"
	"net/http"

	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

var key = make([]byte, 32)

func open(sealed string) (string, error) {
	raw, err := base64.RawURLEncoding.DecodeString(sealed)
	if err != nil {
		return "", err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	if len(raw) < gcm.NonceSize() {
		return "", errors.New("short")
	}
	plain, err := gcm.Open(nil, raw[:gcm.NonceSize()], raw[gcm.NonceSize():], nil)
	return string(plain), err
}

func renew(w http.ResponseWriter, r *http.Request, party rp.RelyingParty) {
	c, err := r.Cookie("sess")
	if err != nil {
		return
	}
	log.Printf("renewing session %s", c.Value)
	rt, err := open(c.Value)
	if err != nil {
		log.Printf("cannot open session: %v", err)
		return
	}
	log.Printf("refresh token: %v", rt) // want `refresh token written to a log`
	assertionType := "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
	log.Printf("assertion type %s", assertionType)
	if _, err := rp.RefreshTokens[*oidc.IDTokenClaims](context.Background(), party, rt, "", assertionType); err != nil {
		http.Error(w, "session expired", http.StatusUnauthorized)
	}
}
