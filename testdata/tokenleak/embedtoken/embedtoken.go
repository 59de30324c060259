// Package embedtoken: storage drivers keep their credentials in an
// embedded configuration struct, whose fields are promoted; logging the
// promoted token is logging the token, logging the client ID is not.
package embedtoken

import (
	"log"
	"log/slog"
)

type Addition struct {
	ClientID     string `json:"client_id"`
	RefreshToken string `json:"refresh_token" required:"true"`
}

type Driver struct {
	Addition
	root string
}

func (d *Driver) Rotate(next string) {
	log.Printf("refresh token rotated: %s -> %s", d.RefreshToken, next) // want `refresh token written to a log`
	log.Printf("client %s rotated its refresh token", d.ClientID)
	d.RefreshToken = next
}

type Credentials struct {
	AccessToken string `json:"access_token"`
	Expiry      int64  `json:"expires_in"`
}

type Session struct {
	*Credentials
	User string
}

func (s *Session) Trace() {
	slog.Debug("session", "user", s.User, "expires", s.Expiry)
	slog.Debug("session", "user", s.User, "token", s.AccessToken) // want `access token written to a log`
}
