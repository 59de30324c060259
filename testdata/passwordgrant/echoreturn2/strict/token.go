// Package strict refuses the password grant with a 400 answer and serves
// the refresh grant (silent).
package strict

import (
	"crypto/rand"
	"net/http"

	"github.com/labstack/echo/v5"
)

func strict(c *echo.Context) error {
	gt := c.FormValue("grant_type")
	if gt == "password" {
		return c.String(http.StatusBadRequest, "unsupported_grant_type")
	}
	if gt != "refresh_token" {
		return c.NoContent(http.StatusBadRequest)
	}
	return c.JSON(http.StatusOK, map[string]string{"access_token": rand.Text()})
}

func Register(e *echo.Echo) {
	e.POST("/token", strict)
}
