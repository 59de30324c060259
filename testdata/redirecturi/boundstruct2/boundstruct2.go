// Package boundstruct2: the unchecked authorization response on gin, the
// request bound with ShouldBindJSON into a pointer, the URI kept in a
// local variable and parsed, the code added with url.Values.
package boundstruct2

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

type approval struct {
	Client   string `json:"client_id" binding:"required"`
	Callback string `json:"redirect_uri" binding:"required"`
	State    string `json:"state"`
}

type Codes interface{ Issue(client string) string }

func Approve(codes Codes) gin.HandlerFunc {
	return func(c *gin.Context) {
		in := &approval{}
		if err := c.ShouldBindJSON(in); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
			return
		}
		dest, err := url.Parse(in.Callback)
		if err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
			return
		}
		q := dest.Query()
		q.Set("code", codes.Issue(in.Client))
		q.Set("state", in.State)
		dest.RawQuery = q.Encode()
		c.Redirect(http.StatusFound, dest.String()) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 28\)`
	}
}
