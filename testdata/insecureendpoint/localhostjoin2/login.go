// Package localhostjoin2 is a desktop login that hand-builds its
// authorization request; the redirect URI is a loopback base joined with
// a path and placed in url.Values (reported: localhost), beside the same
// with the IPv4 loopback literal (silent).
package localhostjoin2

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/url"
	"os/exec"
	"strconv"
)

func token() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func open(u string) error { return exec.Command("xdg-open", u).Start() }

func Login(issuer, app string, useName bool) (net.Listener, string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	verifier := token()
	sum := sha256.Sum256([]byte(verifier))
	if useName {
		home, err := url.Parse("http://localhost:" + port)
		if err != nil {
			return nil, "", err
		}
		back := home.JoinPath("/cb")
		q := url.Values{"client_id": {app}, "response_type": {"code"}, "state": {token()},
			"redirect_uri":          {back.String()}, // want `localhost in a native app's redirect URI \(information\)`
			"code_challenge":        {base64.RawURLEncoding.EncodeToString(sum[:])},
			"code_challenge_method": {"S256"}}
		return ln, verifier, open(issuer + "/authorize?" + q.Encode())
	}
	home, err := url.Parse("http://127.0.0.1:" + port)
	if err != nil {
		return nil, "", err
	}
	back := home.JoinPath("/cb")
	q := url.Values{"client_id": {app}, "response_type": {"code"}, "state": {token()},
		"redirect_uri":          {back.String()},
		"code_challenge":        {base64.RawURLEncoding.EncodeToString(sum[:])},
		"code_challenge_method": {"S256"}}
	return ln, verifier, open(issuer + "/authorize?" + q.Encode())
}
