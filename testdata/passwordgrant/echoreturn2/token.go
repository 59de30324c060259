// Package echoreturn2 is a token endpoint on echo v5, whose handlers take
// a *echo.Context: it serves the password grant (reported). Package
// strict answers it 400 (silent).
package echoreturn2

import (
	"crypto/rand"
	"net/http"

	"github.com/labstack/echo/v5"
)

func legacy(c *echo.Context) error {
	if c.FormValue("grant_type") == "password" { // want `this authorization server accepts the password grant`
		return c.JSON(http.StatusOK, map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
	}
	return c.NoContent(http.StatusBadRequest)
}

func Register(e *echo.Echo) {
	e.POST("/legacy/token", legacy)
}
