// Package twodefs2: the shape of twodefs on gin, with the decision and
// the code in another package, fmt.Sprintf for the URLs, and the first
// assignment an unconditional reply to the login page's return address.
// Beside it the same handler with the URI checked against a
// registry's exact entry.
package twodefs2

import (
	"fmt"
	"net/http"

	"example.com/fixtures/redirecturi/twodefs2/approve"
	"github.com/gin-gonic/gin"
)

type Registry interface {
	RedirectURI(clientID string) (string, bool)
}

func Consent(c *gin.Context) {
	callback := c.PostForm("redirect_uri")
	st := c.PostForm("state")
	location := fmt.Sprintf("%s?error=access_denied&state=%s", callback, st)
	switch c.PostForm("decision") {
	case "allow":
		location = fmt.Sprintf("%s?state=%s&code=%s", callback, st, approve.NewCode())
	}
	c.Redirect(http.StatusSeeOther, location) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 21\)`
}

func ConsentRegistered(reg Registry) gin.HandlerFunc {
	return func(c *gin.Context) {
		callback := c.PostForm("redirect_uri")
		if want, ok := reg.RedirectURI(c.PostForm("client_id")); !ok || callback != want {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		st := c.PostForm("state")
		location := fmt.Sprintf("%s?error=access_denied&state=%s", callback, st)
		if c.PostForm("decision") == "allow" {
			location = fmt.Sprintf("%s?state=%s&code=%s", callback, st, approve.NewCode())
		}
		c.Redirect(http.StatusSeeOther, location)
	}
}
