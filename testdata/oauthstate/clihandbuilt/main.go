// The same CLI written by hand: the authorization URL built with
// url.Values, the S256 challenge computed by oauth2, no state at all, and
// the code received on a loopback listener.
package main

import (
	"fmt"
	"net"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:8400")
	if err != nil {
		panic(err)
	}
	verifier := oauth2.GenerateVerifier()
	q := url.Values{} // want `authorization request without a state \(low severity: the request carries an S256 PKCE challenge`
	q.Set("response_type", "code")
	q.Set("client_id", "tool")
	q.Set("redirect_uri", "http://127.0.0.1:8400/cb")
	q.Set("code_challenge", oauth2.S256ChallengeFromVerifier(verifier))
	q.Set("code_challenge_method", "S256")
	fmt.Println("Open https://idp.example.com/authorize?" + q.Encode())
	http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "done", r.URL.Query().Get("code") != "")
	}))
}
