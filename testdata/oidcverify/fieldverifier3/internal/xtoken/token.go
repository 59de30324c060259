// Package xtoken is golang.org/x/oauth2's internal Token, copied into
// the program.
package xtoken

import "time"

type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
	Raw          any
}
