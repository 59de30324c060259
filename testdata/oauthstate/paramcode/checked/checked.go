// The same hand-off, but the callback compares the state before handing
// the code on, and a second caller passes a code it did not read from the
// request: nothing to report.
package checked

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"
	"strings"
)

const tokenURL = "https://tracker.example.org/oauth/token"

func redeem(authCode string) error {
	body := url.Values{"grant_type": {"authorization_code"}, "code": {authCode}}
	resp, err := http.Post(tokenURL, "application/x-www-form-urlencoded", strings.NewReader(body.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Start(open func(string) error) (http.HandlerFunc, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	want := base64.RawURLEncoding.EncodeToString(b)
	q := url.Values{"response_type": {"code"}, "client_id": {"cli"}, "state": {want}, "redirect_uri": {"http://127.0.0.1:7777/done"}}
	if err := open("https://tracker.example.org/oauth/authorize?" + q.Encode()); err != nil {
		return nil, err
	}
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != want {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		if err := redeem(r.URL.Query().Get("code")); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	}, nil
}

// FromHeader redeems a code that is not the request's code parameter.
func FromHeader(w http.ResponseWriter, r *http.Request) {
	_ = redeem(r.Header.Get("X-Code"))
}
