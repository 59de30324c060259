// Package hostparsed2 is hostparsed on gin: the parsed copy's Host field
// is compared with the client's domain (reported), and a copy handed to
// the package's validator is silent.
package hostparsed2

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

type registry interface {
	Domain(clientID string) string
	Allowed(clientID string, u *url.URL) bool
}

type handlers struct{ reg registry }

func (h *handlers) authorize(c *gin.Context) {
	back := c.Query("redirect_uri")
	u, err := url.Parse(back)
	if err != nil || u.Host != h.reg.Domain(c.Query("client_id")) {
		c.String(http.StatusBadRequest, "invalid redirect_uri")
		return
	}
	c.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s&state=%s", back, "c0de", url.QueryEscape(c.Query("state")))) // want `redirect_uri checked by host only`
}

func (h *handlers) authorizeValidated(c *gin.Context) {
	back := c.Query("redirect_uri")
	u, err := url.Parse(back)
	if err != nil || !h.reg.Allowed(c.Query("client_id"), u) {
		c.String(http.StatusBadRequest, "invalid redirect_uri")
		return
	}
	c.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s", back, "c0de"))
}
