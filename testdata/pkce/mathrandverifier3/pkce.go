// Package mathrandverifier3 is a CLI login library whose verifier type
// draws its bytes from a clock-seeded math/rand generator and derives the
// challenge with a digest (Write, then Sum) and an encoding helper that
// rewrites its own result (reported); its second type draws them from
// crypto/rand (silent).
package mathrandverifier3

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	mrand "math/rand"
	"net/url"
	"strings"
	"time"
)

type pkcePair struct{ secret string }

func newPair() (*pkcePair, error) {
	gen := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	raw := make([]byte, 48, 48)
	for i := range raw {
		raw[i] = byte(gen.Intn(256))
	}
	return &pkcePair{secret: b64url(raw)}, nil
}

type strongPair struct{ secret string }

func newStrongPair() (*strongPair, error) {
	raw := make([]byte, 48)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	return &strongPair{secret: b64url(raw)}, nil
}

func b64url(data []byte) string {
	out := base64.StdEncoding.EncodeToString(data)
	out = strings.ReplaceAll(out, "+", "-")
	out = strings.ReplaceAll(out, "/", "_")
	out = strings.TrimRight(out, "=")
	return out
}

func (p *pkcePair) challenge() string {
	d := sha256.New()
	d.Write([]byte(p.secret))
	return b64url(d.Sum(nil))
}

func (p *strongPair) challenge() string {
	d := sha256.New()
	d.Write([]byte(p.secret))
	return b64url(d.Sum(nil))
}

func state() string {
	b := make([]byte, 16)
	rand.Read(b)
	return b64url(b)
}

// LoginURL builds the authorization request of a desktop login.
func LoginURL(authz, client string) (string, error) {
	pair, err := newPair()
	if err != nil {
		return "", err
	}
	ch := pair.challenge()
	q := url.Values{
		"client_id":             {client},
		"response_type":         {"code"},
		"redirect_uri":          {"http://127.0.0.1:7777/callback"},
		"state":                 {state()},
		"code_challenge":        {ch}, // want `PKCE with a predictable verifier: the code_challenge derives from math/rand.Intn`
		"code_challenge_method": {"S256"},
	}
	return authz + "?" + q.Encode(), nil
}

// LoginURLStrong is right.
func LoginURLStrong(authz, client string) (string, error) {
	pair, err := newStrongPair()
	if err != nil {
		return "", err
	}
	q := url.Values{
		"client_id":             {client},
		"response_type":         {"code"},
		"redirect_uri":          {"http://127.0.0.1:7777/callback"},
		"state":                 {state()},
		"code_challenge":        {pair.challenge()},
		"code_challenge_method": {"S256"},
	}
	return authz + "?" + q.Encode(), nil
}
