// Package store keeps the tokens an authorization server issued in a
// key-value cache: each record is JSON with the grant it was issued for.
package store

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
)

// Cache is a redis connection's shape.
type Cache interface {
	Do(cmd string, args ...any) (any, error)
}

type Record struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	GrantType    string `json:"grant_type"`
	Subject      string `json:"sub"`
}

func random() string {
	b := make([]byte, 24)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Issue mints a token for a grant already validated, and keeps it.
func Issue(c Cache, subject, grant string) (Record, error) {
	rec := Record{AccessToken: random(), RefreshToken: random(), GrantType: grant, Subject: subject}
	raw, err := json.Marshal(rec)
	if err != nil {
		return Record{}, err
	}
	_, err = c.Do("SET", "tok:"+rec.AccessToken, string(raw), "EX", 3600)
	return rec, err
}
