// The web layer of a split app: its callback hands the request's code
// and state to the login service of another package, which checks the
// state only against its shared store (reported at the call), and a
// second callback that also compares a cookie first (silent).
package unboundsplit

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/oauthstate/unboundsplit/login"
)

type web struct {
	flow login.Flow
}

func (w *web) start(c *gin.Context) {
	u, err := w.flow.Begin(c.Request.Context())
	if err != nil {
		c.AbortWithStatus(http.StatusServiceUnavailable)
		return
	}
	c.Redirect(http.StatusFound, u)
}

func (w *web) callback(c *gin.Context) {
	tok, err := w.flow.Complete(c.Request.Context(), c.Query("code"), c.Query("state")) // want `state not bound to the browser: the callback looks the request's state up in s.kv \(through login.Complete at login.go:42\)`
	if err != nil {
		c.String(http.StatusBadRequest, "login failed")
		return
	}
	c.JSON(http.StatusOK, gin.H{"expires": tok.Expiry})
}

func (w *web) boundCallback(c *gin.Context) {
	st := c.Query("state")
	if ck, err := c.Cookie("login_state"); err != nil || ck != st {
		c.String(http.StatusForbidden, "state mismatch")
		return
	}
	tok, err := w.flow.Complete(c.Request.Context(), c.Query("code"), st)
	if err != nil {
		c.String(http.StatusBadRequest, "login failed")
		return
	}
	c.JSON(http.StatusOK, gin.H{"expires": tok.Expiry})
}

func Routes(r *gin.Engine, flow login.Flow) {
	w := &web{flow: flow}
	r.GET("/login", w.start)
	r.GET("/callback", w.callback)
	r.GET("/callback2", w.boundCallback)
}
