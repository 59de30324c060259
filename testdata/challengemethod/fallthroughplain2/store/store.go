// Package store keeps issued codes.
package store

type Code struct {
	ClientID      string
	Challenge     string
	ChallengeMeth string
}

var Codes = map[string]*Code{}
