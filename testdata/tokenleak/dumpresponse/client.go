// A service that asks for a token with client credentials by hand and
// dumps the whole response to its log when debugging (reported: the
// dump holds the body, tokens and all); a dump of the headers alone is
// silent.
package dumpresponse

import (
	"encoding/json"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"
)

func token(id, secret string, debug bool) (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "scope": {"reports"}}
	req, err := http.NewRequest(http.MethodPost, "https://auth.example.com/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(id, secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if debug {
		head, _ := httputil.DumpResponse(res, false)
		log.Printf("token endpoint answered:\n%s", head)
		dump, _ := httputil.DumpResponse(res, true)
		log.Printf("%q", dump) // want `token endpoint's response written to a log: log.Printf logs the token endpoint's response`
	}
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.AccessToken, nil
}
