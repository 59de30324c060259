// Implicit and hybrid requests return the ID token through the browser:
// without a nonce (reported) and with one (silent).
package hybrid

import (
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

const authorize = "https://idp.example/authorize"

func implicitLogin(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("client_id", "spa")
	q.Set("response_type", "id_token") // want `ID token requested without a nonce: response_type="id_token"`
	q.Set("redirect_uri", "https://app.example/cb")
	q.Set("scope", "openid")
	q.Set("state", r.URL.Query().Get("s"))
	http.Redirect(w, r, authorize+"?"+q.Encode(), http.StatusFound)
}

func hybridLogin(conf *oauth2.Config, state string) string {
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("response_type", "code id_token")) // want `ID token requested without a nonce: response_type="code id_token"`
}

func implicitWithNonce(w http.ResponseWriter, r *http.Request, nonce string) {
	u := authorize + "?client_id=spa&response_type=id_token&scope=openid&redirect_uri=" +
		url.QueryEscape("https://app.example/cb") + "&nonce=" + url.QueryEscape(nonce)
	http.Redirect(w, r, u, http.StatusFound)
}

func codeFlow(conf *oauth2.Config, state string) string {
	return conf.AuthCodeURL(state) // a code flow: the nonce is optional
}
