// Package echodispatch hands each grant to a method of its own that
// answers the request: the password case serves it (reported), and an
// unknown grant is refused with an OAuth error.
package echodispatch

import (
	"crypto/rand"
	"net/http"

	"github.com/labstack/echo/v4"
)

const errUnsupportedGrant = "unsupported_grant_type"

type tokens struct{ users map[string]string }

func (t *tokens) endpoint(c echo.Context) error {
	switch c.FormValue("grant_type") {
	case "password": // want `this authorization server accepts the password grant`
		return t.password(c)
	case "refresh_token":
		return t.refresh(c)
	default:
		return c.JSON(http.StatusBadRequest, map[string]string{"error": errUnsupportedGrant})
	}
}

func (t *tokens) password(c echo.Context) error {
	if t.users[c.FormValue("username")] != c.FormValue("password") {
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": "invalid_grant"})
	}
	return c.JSON(http.StatusOK, map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
}

func (t *tokens) refresh(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
}

func (t *tokens) Register(e *echo.Echo) { e.POST("/oauth/token", t.endpoint) }
