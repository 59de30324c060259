// A gin backend that keeps each login's state and PKCE verifier in Redis
// under a key made of the state, and checks the callback's state in a
// helper by taking the record back: the verifier comes from the same
// record, so it is the attacker's when the state is.
package unboundredis

import (
	"context"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/redis/go-redis/v9"
	"golang.org/x/oauth2"
)

type Auth struct {
	oauth *oauth2.Config
	rdb   *redis.Client
}

func (a *Auth) Start(c *gin.Context) {
	state, verifier := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	if err := a.rdb.Set(c.Request.Context(), fmt.Sprintf("login:%s", state), verifier, 0).Err(); err != nil {
		c.AbortWithStatus(http.StatusServiceUnavailable)
		return
	}
	c.Redirect(http.StatusFound, a.oauth.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
}

// take returns the verifier kept for the login whose state is st.
func (a *Auth) take(ctx context.Context, st string) (string, error) {
	return a.rdb.GetDel(ctx, fmt.Sprintf("login:%s", st)).Result()
}

func (a *Auth) Finish(c *gin.Context) {
	verifier, err := a.take(c.Request.Context(), c.Query("state")) // want `state not bound to the browser: the callback looks the request's state up in a.rdb \(through unboundredis.Auth.take at server.go:33\), a store every browser shares`
	if err != nil {
		c.String(http.StatusBadRequest, "unknown login")
		return
	}
	tok, err := a.oauth.Exchange(c.Request.Context(), c.Query("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		c.String(http.StatusBadGateway, "exchange failed")
		return
	}
	c.JSON(http.StatusOK, gin.H{"expires": tok.Expiry})
}

func main() {
	a := &Auth{
		oauth: &oauth2.Config{ClientID: "web", ClientSecret: "x", RedirectURL: "https://app.example.com/auth/finish",
			Endpoint: oauth2.Endpoint{AuthURL: "https://login.example.com/oauth2/auth", TokenURL: "https://login.example.com/oauth2/token"}},
		rdb: redis.NewClient(&redis.Options{Addr: "redis:6379"}),
	}
	r := gin.Default()
	r.GET("/auth/start", a.Start)
	r.GET("/auth/finish", a.Finish)
	_ = r.Run(":8080")
}
