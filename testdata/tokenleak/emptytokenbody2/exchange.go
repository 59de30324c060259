// Package emptytokenbody2 exchanges a code and prints the body when the
// decoded answer lacks either token (silent).
package emptytokenbody2

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
)

func Exchange(tokenURL, code, verifier string) (string, error) {
	resp, err := http.PostForm(tokenURL, url.Values{"grant_type": {"authorization_code"}, "code": {code}, "code_verifier": {verifier}, "client_id": {"desk"}})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	var out struct {
		Access  string `json:"access_token"`
		Refresh string `json:"refresh_token"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || out.Refresh == "" || out.Access == "" {
		fmt.Fprintf(os.Stderr, "unexpected token response: %s\n", raw)
		return "", fmt.Errorf("no token")
	}
	return out.Access, nil
}
