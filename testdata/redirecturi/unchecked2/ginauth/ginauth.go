// Package ginauth: the unchecked authorization response on gin, the URI
// read with c.Query and the response built with fmt.Sprintf.
package ginauth

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func Authorize(c *gin.Context) {
	cb := c.Query("redirect_uri")
	code := c.GetString("code")
	c.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s&state=%s", cb, code, c.Query("state"))) // want `redirect_uri never checked: this authorization response sends the code`
}

// AuthorizeChecked compares the URI with the client's registered one.
func AuthorizeChecked(c *gin.Context) {
	cb := c.Query("redirect_uri")
	if cb != c.GetString("registered_redirect_uri") {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s", cb, c.GetString("code")))
}
