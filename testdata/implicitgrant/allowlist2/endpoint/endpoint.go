// Package endpoint is a gin authorization endpoint that takes the flow
// for the requested response type from rtypes.Flows.
package endpoint

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/implicitgrant/allowlist2/rtypes"
)

func Authorize(c *gin.Context) {
	flow, ok := rtypes.Flows[c.Query("response_type")] // want `this authorization server allows the implicit grant: the authorization endpoint returns an access token in the redirect for response_type "id_token token" \(a table keyed by the value rtypes.Flows in Authorize\)`
	if !ok {
		c.Redirect(http.StatusFound, c.Query("redirect_uri")+"?error=unsupported_response_type")
		return
	}
	if flow == "implicit" {
		c.Redirect(http.StatusFound, c.Query("redirect_uri")+"#access_token=at&token_type=Bearer")
		return
	}
	c.JSON(http.StatusOK, gin.H{"flow": flow})
}
