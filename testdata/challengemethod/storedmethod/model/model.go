// Package model holds the authorization request a server keeps between
// its two endpoints; the challenge method has no struct tag.
package model

type Method string

const (
	MethodS256  Method = "S256"
	MethodPlain Method = "plain"
)

type AuthRequest struct {
	ClientID        string
	Challenge       string
	ChallengeMethod Method
}
