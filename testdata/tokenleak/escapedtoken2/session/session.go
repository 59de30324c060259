// Package session keeps what a login returned.
package session

import "golang.org/x/oauth2"

type Login struct {
	Token *oauth2.Token
	User  string
}
