// Package ownsettings is a relying-party middleware: it checks two of its
// own settings against each other (the redirect URI it registered and the
// route it mounts, by suffix), which is no authorization server's check
// of a requested redirect_uri (silent). Its demo provider, in the same
// package, does check a requested one by prefix (reported).
package ownsettings

import (
	"errors"
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/oauth2"
)

type Settings struct {
	ClientID, ClientSecret string
	RedirectURI            string // registered at the provider
	CallbackPath           string // the route this middleware mounts
	AuthURL, TokenURL      string
}

func (s *Settings) validate() error {
	if !strings.HasSuffix(s.RedirectURI, s.CallbackPath) {
		return errors.New("callback path must end the redirect URI")
	}
	return nil
}

func (s *Settings) config() *oauth2.Config {
	return &oauth2.Config{ClientID: s.ClientID, ClientSecret: s.ClientSecret, RedirectURL: s.RedirectURI,
		Endpoint: oauth2.Endpoint{AuthURL: s.AuthURL, TokenURL: s.TokenURL}}
}

func (s *Settings) Protect() fiber.Handler {
	return func(c *fiber.Ctx) error {
		if err := s.validate(); err != nil {
			return err
		}
		st := oauth2.GenerateVerifier()
		c.Cookie(&fiber.Cookie{Name: "st", Value: st, HTTPOnly: true, Secure: true})
		return c.Redirect(s.config().AuthCodeURL(st), fiber.StatusFound)
	}
}

// DemoAuthorize is the demo provider's authorization endpoint.
func DemoAuthorize(w http.ResponseWriter, r *http.Request) {
	uri := r.FormValue("redirect_uri")
	if !strings.HasPrefix(uri, "https://demo.example.com") { // want `redirect_uri matched by prefix \(strings.HasPrefix\)`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, uri+"?code=demo", http.StatusFound)
}
