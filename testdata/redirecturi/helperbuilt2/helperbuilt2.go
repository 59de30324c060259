// Package helperbuilt2: the same unchecked response on gin, the URL
// extended by a method that appends key-value pairs, the code passed as
// a pair.
package helperbuilt2

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

type Endpoint struct{ newCode func(string) string }

func (e *Endpoint) withQuery(u string, pairs ...string) string {
	sep := "?"
	if strings.ContainsRune(u, '?') {
		sep = "&"
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		u += sep + pairs[i] + "=" + pairs[i+1]
		sep = "&"
	}
	return u
}

func (e *Endpoint) Approve(c *gin.Context) {
	back := c.Query("redirect_uri")
	back = e.withQuery(back, "code", e.newCode(c.Query("client_id")), "state", c.Query("state"))
	c.Redirect(http.StatusFound, back) // want `redirect_uri never checked: this authorization response sends the code`
}
