// Package sealedfield keeps the refresh token in its session cookie
// encrypted: the claims' refresh_token field is only ever given what
// seal returns for a token, so logging it logs ciphertext (silent). The
// raw session, whose field is given the token itself, is reported.
package sealedfield

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"log"
	"net/http"

	"golang.org/x/oauth2"
)

var key = make([]byte, 32)

type claims struct {
	Email        string `json:"email"`
	RefreshToken string `json:"refresh_token"`
}

type rawSession struct {
	Email        string `json:"email"`
	RefreshToken string `json:"refresh_token"`
}

func seal(plain string) (string, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(gcm.Seal(nonce, nonce, []byte(plain), nil)), nil
}

func store(w http.ResponseWriter, email string, tok *oauth2.Token) {
	var rt string
	if tok.RefreshToken != "" {
		sealed, err := seal(tok.RefreshToken)
		if err != nil {
			return
		}
		rt = sealed
	}
	c := claims{Email: email, RefreshToken: rt}
	log.Printf("session for %s, sealed refresh token %s", c.Email, c.RefreshToken)
}

func refresh(c *claims, tok *oauth2.Token) {
	next := c.RefreshToken
	if tok.RefreshToken != "" {
		s, err := seal(tok.RefreshToken)
		if err != nil {
			return
		}
		next = s
	}
	c.RefreshToken = next
	log.Printf("rotated: %s", c.RefreshToken)
}

func storeRaw(email string, tok *oauth2.Token) {
	s := rawSession{Email: email, RefreshToken: tok.RefreshToken}
	log.Printf("session for %s: %s", s.Email, s.RefreshToken) // want `refresh token written to a log`
}
