// Package sessioncallback2 is the same on echo with echo-contrib's
// session: the callback stores the token in the session and never reads
// the state (reported).
package sessioncallback2

import (
	"net/http"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"
)

type app struct{ oauth *oauth2.Config }

func (a *app) callback(c echo.Context) error {
	t, err := a.oauth.Exchange(c.Request().Context(), c.QueryParam("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		return c.String(http.StatusBadGateway, "exchange failed")
	}
	sess, err := session.Get("app", c)
	if err != nil {
		return err
	}
	sess.Values["token"] = t.AccessToken
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusFound, "/")
}

func (a *app) Register(e *echo.Echo) {
	e.GET("/callback", a.callback)
}
