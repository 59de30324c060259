// Package web is an echo client whose callback exchanges the code with
// golang.org/x/oauth2 and answers with echo.Map replies, never reading
// the state (reported).
package web

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"
)

type App struct{ OAuth *oauth2.Config }

func (a *App) Callback(c echo.Context) error {
	code := c.QueryParam("code")
	if code == "" {
		return c.JSON(http.StatusBadRequest, echo.Map{"error": "missing code"})
	}
	tok, err := a.OAuth.Exchange(c.Request().Context(), code) // want `callback exchanges the code without checking state`
	if err != nil {
		return c.JSON(http.StatusBadGateway, echo.Map{"error": err.Error()})
	}
	return c.JSON(http.StatusOK, echo.Map{"expires": tok.Expiry})
}

func (a *App) Login(c echo.Context) error {
	st := oauth2.GenerateVerifier()
	c.SetCookie(&http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	return c.Redirect(http.StatusFound, a.OAuth.AuthCodeURL(st))
}
