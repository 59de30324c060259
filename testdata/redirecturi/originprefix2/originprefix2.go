// Package originprefix2: an authorization endpoint on gin whose
// validator builds the requested URI's origin from its host name and
// tests each registered origin with a "/"-ended prefix (never true for
// an origin: silent), after a host suffix test for a hosting domain
// (reported).
package originprefix2

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"
)

var registered = map[string][]string{"spa": {"https://spa.example.com"}}

func originOK(client, requested string) bool {
	parsed, err := url.Parse(requested)
	if err != nil {
		return false
	}
	if strings.HasSuffix(parsed.Host, ".pages.dev") { // want `every host under pages.dev passes`
		return true
	}
	base := parsed.Scheme + "://" + parsed.Hostname()
	for _, allowed := range registered[client] {
		if strings.HasPrefix(base, allowed+"/") || base == allowed {
			return true
		}
	}
	return false
}

func Authorize(c *gin.Context) {
	uri := c.Query("redirect_uri")
	if !originOK(c.Query("client_id"), uri) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	c.Redirect(http.StatusFound, uri+"?code="+c.Query("login_code")+"&state="+url.QueryEscape(c.Query("state")))
}
