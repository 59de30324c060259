// A demo client of a test identity provider: its verifier comes from
// math/rand/v2 in one package, its challenge from a digest hex-encoded
// into a buffer in another (reported); with crypto/rand.Text the same
// challenge helper is silent.
package main

import (
	"crypto/rand"
	"fmt"
	"net/url"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/pkce/challengehelper3/enc"
	"example.com/fixtures/pkce/challengehelper3/gen"
)

var verifiers = map[string]string{}

func login(c *gin.Context) {
	state := rand.Text()
	v := gen.Token(8)
	verifiers[state] = v
	c.Redirect(302, fmt.Sprintf("https://idp.example.com/oauth/authorize?response_type=code&client_id=demo&redirect_uri=%s&state=%s&code_challenge_method=S256&code_challenge=%s",
		url.QueryEscape("https://demo.example.com/callback"), state, enc.Challenge(v))) // want `PKCE with a predictable verifier: the code_challenge derives from math/rand/v2.Uint32N in gen.Token`
}

func loginStrong(c *gin.Context) {
	state := rand.Text()
	v := rand.Text()
	verifiers[state] = v
	c.Redirect(302, fmt.Sprintf("https://idp.example.com/oauth/authorize?response_type=code&client_id=demo&redirect_uri=%s&state=%s&code_challenge_method=S256&code_challenge=%s",
		url.QueryEscape("https://demo.example.com/callback"), state, enc.Challenge(v)))
}

func main() {
	r := gin.Default()
	r.GET("/login", login)
	r.GET("/login2", loginStrong)
	_ = r.Run(":9102")
}
