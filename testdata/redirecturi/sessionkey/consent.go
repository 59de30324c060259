// An authorization server's consent page that sends the browser back to
// its own authorization endpoint, whose URL it kept in the session under
// a key of its own, and checks that URL points there: the server's
// return URL, not a client's redirect URI. Nothing is reported.
package sessionkey

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/gorilla/sessions"
)

type consent struct {
	store             sessions.Store
	authorizeEndpoint string
}

func (c *consent) approve(w http.ResponseWriter, r *http.Request) {
	sess, err := c.store.Get(r, "consent")
	if err != nil {
		http.Error(w, "no session", http.StatusBadRequest)
		return
	}
	returnRedirectURI, _ := sess.Values["authorize_return"].(string)
	backRedirectURL := sess.Values["authorize_return"].(string)
	if !strings.HasPrefix(returnRedirectURI, c.authorizeEndpoint) || !strings.Contains(backRedirectURL, c.authorizeEndpoint) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	back := url.Values{"consent": {"granted"}, "response_type": {"code"}}
	http.Redirect(w, r, returnRedirectURI+"&"+back.Encode(), http.StatusFound)
}

func main() {
	c := &consent{store: sessions.NewCookieStore([]byte("0123456789abcdef0123456789abcdef")), authorizeEndpoint: "https://id.example.com/authorize"}
	http.HandleFunc("/consent", c.approve)
	_ = http.ListenAndServe(":8080", nil)
}
