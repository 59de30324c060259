// An echo authorization server whose authorization request struct
// requires code_challenge by its validate tag, checked with the validator
// the program installs: the token endpoint's "only when a challenge was
// stored" is then no way around PKCE. The second server (beta) validates
// but its struct lets an empty challenge through.
package requiredchallenge

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"sync"

	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo/v4"
)

type authorizeRequest struct {
	ClientID    string `query:"client_id" validate:"required"`
	RedirectURI string `query:"redirect_uri" validate:"required,url"`
	State       string `query:"state" validate:"required"`
	Challenge   string `query:"code_challenge" validate:"required,len=43"`
	Method      string `query:"code_challenge_method" validate:"required,oneof=S256"`
}

type grant struct {
	redirect, challenge string
}

type structValidator struct{ v *validator.Validate }

func (s structValidator) Validate(i any) error { return s.v.Struct(i) }

var (
	mu      sync.Mutex
	grants  = map[string]grant{}
	clients = map[string]string{"spa": "https://spa.example.org/callback"}
)

func authorize(c echo.Context) error {
	req := new(authorizeRequest)
	if err := c.Bind(req); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if err := c.Validate(req); err != nil {
		return c.String(http.StatusBadRequest, "invalid_request")
	}
	if clients[req.ClientID] != req.RedirectURI {
		return c.String(http.StatusBadRequest, "invalid redirect_uri")
	}
	code := rand.Text()
	mu.Lock()
	grants[code] = grant{redirect: req.RedirectURI, challenge: req.Challenge}
	mu.Unlock()
	return c.Redirect(http.StatusFound, req.RedirectURI+"?"+url.Values{"code": {code}, "state": {req.State}}.Encode())
}

func token(c echo.Context) error {
	if c.FormValue("grant_type") != "authorization_code" {
		return c.String(http.StatusBadRequest, "unsupported_grant_type")
	}
	mu.Lock()
	g, ok := grants[c.FormValue("code")]
	delete(grants, c.FormValue("code"))
	mu.Unlock()
	if !ok || g.redirect != c.FormValue("redirect_uri") {
		return c.String(http.StatusBadRequest, "invalid_grant")
	}
	verifier := c.FormValue("code_verifier")
	if g.challenge != "" {
		sum := sha256.Sum256([]byte(verifier))
		if base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
			return c.String(http.StatusBadRequest, "invalid_grant")
		}
	}
	return c.JSON(http.StatusOK, map[string]any{"access_token": rand.Text(), "token_type": "Bearer", "expires_in": 600})
}

func Serve() error {
	e := echo.New()
	e.Validator = structValidator{v: validator.New()}
	e.GET("/authorize", authorize)
	e.POST("/token", token)
	return e.Start(":8443")
}
