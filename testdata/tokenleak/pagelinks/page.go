// A demo client's callback page whose links carry the tokens it obtained
// in their queries: following them puts the tokens in server logs,
// history and Referer headers. The page is formatted over several lines
// with markup around the links. A link that carries only a session's
// identifier is silent.
package pagelinks

import (
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "demo", ClientSecret: "s", RedirectURL: "https://demo.example.com/callback",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/auth", TokenURL: "https://idp.example.com/token"}}

func Callback(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("state"); err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	w.Write([]byte(fmt.Sprintf(`<p>Signed in. You now hold a token.</p>
	<ul>
		<li>Call the API (<a href="%s">protected page</a>)</li>
		<li>Sign out (<a href="%s">here</a>)</li>
	</ul>`,
		"/protected?token="+tok.AccessToken, // want `access token in a URL query: the URL, passed to http.ResponseWriter.Write, carries token=`
		"/logout",
	)))
}

func Account(w http.ResponseWriter, r *http.Request, session string) {
	w.Write([]byte(fmt.Sprintf(`<p>Your account</p>
	<a href="%s">Sign out of every device</a>`, "/logout?session="+session)))
}
