// Package fieldmethod3 is an authorization server's domain layer: no
// handler here, a request struct bound by the web layer (its tags name
// the parameters), copied into the code's unexported fields, and a
// verifier with a plain case.
package fieldmethod3

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
)

type Method string

const (
	MethodPlain Method = "plain"
	MethodS256  Method = "S256"
)

type Request struct {
	ClientID     string `form:"client_id"`
	Challenge    string `form:"code_challenge"`
	ChallengeHow Method `form:"code_challenge_method"`
	RedirectURI  string `form:"redirect_uri"`
}

type Code struct {
	challenge    string
	challengeHow Method
}

func (c *Code) CopyFrom(req *Request) {
	c.challenge = req.Challenge
	c.challengeHow = req.ChallengeHow
	if c.challenge != "" && c.challengeHow == "" {
		c.challengeHow = MethodPlain
	}
}

func (c *Code) Verify(verifier string) (bool, error) {
	switch c.challengeHow {
	case MethodS256:
		sum := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(sum[:]) == c.challenge, nil
	case MethodPlain: // want `this authorization server accepts code_challenge_method=plain`
		return verifier == c.challenge, nil
	}
	return false, errors.New("invalid_request")
}
