// A demo home page linking to the implicit grant with a hand-built URL,
// in markup formatted over several lines with prose after the link; the
// code-grant link beside it is AuthCodeURL's.
package main

import (
	"crypto/rand"
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = oauth2.Config{ClientID: "my-client", ClientSecret: "s", RedirectURL: "https://demo.example.com/callback",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/oauth2/auth", TokenURL: "https://idp.example.com/oauth2/token"}}

const page = `
	<ul>
		<li><a href="%s">Authorize code grant</a></li>
		<li><a href="%s">Implicit grant (with OpenID Connect)</a></li>
	</ul>`

func home(w http.ResponseWriter, r *http.Request) {
	code := conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))
	w.Write([]byte(fmt.Sprintf(page, code, "https://idp.example.com/oauth2/auth?client_id=my-client&redirect_uri=https%3A%2F%2Fdemo.example.com%2Fcallback&response_type=token%20id_token&scope=openid&state=some-state&nonce=some-nonce"))) // want `implicit grant: response_type="token id_token"`
}

func main() {
	http.HandleFunc("/", home)
	_ = http.ListenAndServe(":3846", nil)
}
