// A token request sent by a client whose transport is the program's own
// tracing wrapper around a transport that skips certificate checks:
// reported. The same wrapper around a verifying transport is silent.
package wrappedtransport

import (
	"crypto/tls"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type tracing struct{ next http.RoundTripper }

func (t *tracing) RoundTrip(r *http.Request) (*http.Response, error) { return t.next.RoundTrip(r) }

var lax = http.Client{
	Timeout:   5 * time.Second,
	Transport: &tracing{next: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}},
}

var strict = http.Client{
	Timeout:   5 * time.Second,
	Transport: &tracing{next: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}},
}

func Redeem(code, verifier string) (*http.Response, error) {
	q := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "code_verifier": {verifier}, "client_id": {"proxy"}}
	req, err := http.NewRequest(http.MethodPost, "https://login.example.org/token", strings.NewReader(q.Encode()))
	if err != nil {
		return nil, err
	}
	return lax.Do(req) // want `client that skips TLS certificate verification carries OAuth requests: InsecureSkipVerify is set at client.go:20`
}

func RedeemStrict(code, verifier string) (*http.Response, error) {
	q := url.Values{"grant_type": {"authorization_code"}, "code": {code}, "code_verifier": {verifier}, "client_id": {"proxy"}}
	req, err := http.NewRequest(http.MethodPost, "https://login.example.org/token", strings.NewReader(q.Encode()))
	if err != nil {
		return nil, err
	}
	return strict.Do(req)
}
