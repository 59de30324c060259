// Package sealedfield2 stores a digest of each refresh token it issues,
// under the refresh_token tag, and logs the record (silent: a digest is
// not the token). The grant record whose field is given the token in one
// place of two is reported where it is logged.
package sealedfield2

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
)

type issued struct {
	Subject string `json:"sub"`
	Refresh string `json:"refresh_token"`
}

type grant struct {
	Subject string `json:"sub"`
	Refresh string `json:"refresh_token"`
}

type tokenPair struct {
	Access  string `json:"access_token"`
	Refresh string `json:"refresh_token"`
}

func digest(refreshToken string) string {
	sum := sha256.Sum256([]byte(refreshToken))
	return hex.EncodeToString(sum[:])
}

func (r *issued) record(sub string, p tokenPair) {
	r.Subject = sub
	r.Refresh = digest(p.Refresh)
	slog.Info("issued", "sub", r.Subject, "refresh", r.Refresh)
}

func (g *grant) record(sub string, p tokenPair, hashed bool) {
	g.Subject = sub
	if hashed {
		g.Refresh = digest(p.Refresh)
	} else {
		g.Refresh = p.Refresh
	}
	slog.Info("granted", "sub", g.Subject, "refresh", g.Refresh) // want `refresh token written to a log`
}
