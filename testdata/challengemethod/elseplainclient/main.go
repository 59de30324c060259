// Command elseplainclient derives its challenge by the method the
// provider's metadata names: hashing for S256, the verifier itself
// otherwise. A client choosing how to derive, not a server accepting
// plain: silent (the method comes from the discovery document).
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

func challenge(method, verifier string) string {
	if method == "S256" {
		sum := sha256.Sum256([]byte(verifier))
		return base64.RawURLEncoding.EncodeToString(sum[:])
	} else {
		return verifier
	}
}

func main() {
	resp, err := http.Get("https://id.example.com/.well-known/oauth-authorization-server")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var meta struct {
		Methods []string `json:"code_challenge_methods_supported"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&meta)
	method := "S256"
	if len(meta.Methods) > 0 {
		method = meta.Methods[0]
	}
	v := oauth2.GenerateVerifier()
	q := url.Values{"response_type": {"code"}, "client_id": {"cli"}, "redirect_uri": {"http://127.0.0.1:9876/cb"},
		"state": {oauth2.GenerateVerifier()}, "code_challenge": {challenge(method, v)}, "code_challenge_method": {method}}
	fmt.Println("https://id.example.com/authorize?" + q.Encode())
}
