// Package hostonly2 is a gin authorization endpoint that compares the
// requested URI's Host field with the client's domain.
package hostonly2

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

type app struct{ domain, callback string }

func Routes(r *gin.Engine, apps map[string]app, issue func(string) string) {
	r.GET("/oauth/authorize", func(c *gin.Context) {
		target, err := url.Parse(c.Query("redirect_uri"))
		a, known := apps[c.Query("client_id")]
		if err != nil || !known || target.Host != a.domain {
			c.String(http.StatusBadRequest, "invalid_request")
			return
		}
		target.RawQuery = url.Values{"code": {issue(c.Query("client_id"))}}.Encode()
		c.Redirect(http.StatusFound, target.String()) // want `redirect_uri checked by host only: this authorization response sends the code`
	})
	r.GET("/oauth/authorize/strict", func(c *gin.Context) {
		a, known := apps[c.Query("client_id")]
		if !known || c.Query("redirect_uri") != a.callback {
			c.String(http.StatusBadRequest, "invalid_request")
			return
		}
		target, _ := url.Parse(a.callback)
		target.RawQuery = url.Values{"code": {issue(c.Query("client_id"))}}.Encode()
		c.Redirect(http.StatusFound, target.String())
	})
}
