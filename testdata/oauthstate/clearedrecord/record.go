// An OpenID provider clears its record of an authorization request before
// a signed request object refills it: every field, response_type
// included, set to "". Nothing is sent: silent. The provider's own login
// at an upstream server, built the same way but with a response type and
// no state, is still reported.
package clearedrecord

import "net/http"

type AuthorizationParameters struct {
	ResponseType string `json:"response_type,omitempty"`
	ClientID     string `json:"client_id,omitempty"`
	RedirectURI  string `json:"redirect_uri,omitempty"`
	State        string `json:"state,omitempty"`
	Nonce        string `json:"nonce,omitempty"`
}

func Clear(dst *AuthorizationParameters) {
	dst.ResponseType = ""
	dst.ClientID = ""
	dst.RedirectURI = ""
	dst.State = ""
	dst.Nonce = ""
}

type Upstream struct{ ClientID, Callback string }

func (u Upstream) Login(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://upstream.example.com/authorize?response_type=code&client_id="+u.ClientID+"&redirect_uri="+u.Callback+"&state=", http.StatusFound) // want `authorization request with an empty state`
}
