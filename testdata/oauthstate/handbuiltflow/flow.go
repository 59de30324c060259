// A flow built by hand from login to callback: no state in the login
// URL, and a callback that posts the code without reading one. One flow,
// one finding, at the request.
package handbuiltflow

import (
	"net/http"
	"net/url"
)

type Auth struct{ ClientID, RedirectURL string }

func (a Auth) Start(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://accounts.example.com/o/oauth2/v2/auth?response_type=code&scope=openid&redirect_uri="+a.RedirectURL+"&client_id="+a.ClientID, http.StatusFound) // want `authorization request without a state: nothing ties the callback`
}

func (a Auth) Complete(w http.ResponseWriter, r *http.Request) {
	resp, err := http.PostForm("https://oauth2.example.com/token", url.Values{
		"grant_type":   {"authorization_code"},
		"code":         {r.URL.Query().Get("code")},
		"client_id":    {a.ClientID},
		"redirect_uri": {a.RedirectURL},
	})
	if err == nil {
		resp.Body.Close()
	}
}
