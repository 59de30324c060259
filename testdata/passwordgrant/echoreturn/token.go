// Package echoreturn is a token endpoint on echo v4, whose handlers
// return the error of the answer they write: the password case answers
// 200 with tokens (reported); the other grants are answered 400.
package echoreturn

import (
	"crypto/rand"
	"net/http"

	"github.com/labstack/echo/v4"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
}

func token(c echo.Context) error {
	switch c.FormValue("grant_type") {
	case "password": // want `this authorization server accepts the password grant`
		return c.JSON(http.StatusOK, tokenResponse{AccessToken: rand.Text(), TokenType: "Bearer"})
	case "client_credentials":
		return c.JSON(http.StatusOK, tokenResponse{AccessToken: rand.Text(), TokenType: "Bearer"})
	default:
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "unsupported_grant_type"})
	}
}

func Register(e *echo.Echo) {
	e.POST("/oauth/token", token)
}
