// Package redirectquery2: a CLI that builds its authorization URL with
// the code flow and PKCE, and gives as redirect_url its local callback
// whose own query names the flow (?response_type=token: what the local
// page answers with, not a request to the server). No implicit grant is
// requested.
package redirectquery2

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/url"
)

func AuthURL(endpoint, port string) (string, string) {
	b := make([]byte, 32)
	rand.Read(b)
	verifier := base64.RawURLEncoding.EncodeToString(b)
	sum := sha256.Sum256([]byte(verifier))
	s := make([]byte, 16)
	rand.Read(s)
	v := url.Values{}
	v.Add("response_type", "code")
	v.Add("client_id", "cli")
	v.Add("redirect_url", "http://127.0.0.1:"+port+"/done?response_type=token")
	v.Add("state", base64.RawURLEncoding.EncodeToString(s))
	v.Add("code_challenge", base64.RawURLEncoding.EncodeToString(sum[:]))
	v.Add("code_challenge_method", "S256")
	return endpoint + "?" + v.Encode(), verifier
}
