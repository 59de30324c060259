// Package handler serves /authorize with gin: an unregistered redirect
// URI is answered by redirecting to it with an error, on the else branch
// of the registry's check (reported).
package handler

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/redirecturi/refusedredirect2/clients"
)

type authorizeQuery struct {
	ClientID    string `form:"client_id"`
	RedirectURI string `form:"redirect_uri"`
	State       string `form:"state"`
}

type H struct {
	Reg   *clients.Registry
	Codes func(clientID string) string
}

func (h *H) Authorize(c *gin.Context) {
	var in authorizeQuery
	if err := c.ShouldBindQuery(&in); err != nil {
		c.String(http.StatusBadRequest, "bad request")
		return
	}
	if known := h.Reg.Registered(in.ClientID, in.RedirectURI); known {
		c.Redirect(http.StatusFound, in.RedirectURI+"?code="+h.Codes(in.ClientID)+"&state="+in.State)
	} else {
		c.Redirect(http.StatusFound, in.RedirectURI+"?error=invalid_request&state="+in.State) // want `redirect to a redirect_uri the check refused`
	}
}
