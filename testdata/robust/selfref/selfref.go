// Package main defines values by themselves, in every place the model
// follows a variable's definitions: a print's condition, a state, a
// verifier, a response or grant type, a redirect check, a field, a
// function that calls itself. Each must end, and the findings the code
// holds are still reported.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "cli", RedirectURL: "http://127.0.0.1:9999/cb",
	Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"}}

type holder struct {
	state string
	next  *holder
	grant string
}

func grow(s string) string {
	if len(s) > 64 {
		return s
	}
	return grow(s + s)
}

func ping(u string, n int) string {
	if n == 0 {
		return u
	}
	return pong(u+"&x=1", n-1)
}

func pong(u string, n int) string { return ping(u, n) }

func fresh() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func main() {
	ctx := context.Background()
	tok, _ := conf.Exchange(ctx, "code")
	n := 1
	n = n * 2
	n = n + 1
	verbose := n > 2
	verbose = verbose && verbose
	if n > 5 || verbose {
		log.Printf("token %s", tok.AccessToken) // want `access token written to a log`
	}

	st := fresh()
	st = st + st
	st = grow(st)
	var h holder
	h.state = st
	h.state = h.state + h.state
	h.next = &h
	h.next.state = h.next.next.state
	fmt.Println(conf.AuthCodeURL(h.state)) // want `without PKCE`

	v := oauth2.GenerateVerifier()
	v = strings.TrimSpace(v)
	v = v + v[:0]
	fmt.Println(conf.AuthCodeURL(fresh(), oauth2.S256ChallengeOption(v)))

	rt := "code"
	for i := 0; i < 3; i++ {
		rt = rt + rt[:0]
	}
	u := "https://idp.example.com/authorize?client_id=cli&response_type=" + rt // want `authorization request without a state`
	u = ping(u, 3)
	fmt.Println(u)

	gt := h.grant
	h.grant = gt
	gt = h.grant
	body := "grant_type=" + gt + "&client_id=cli"
	resp, err := http.Post("https://idp.example.com/token", "application/x-www-form-urlencoded", strings.NewReader(body))
	if err == nil {
		resp.Body.Close()
	}

	var f func(string) string
	f = func(s string) string {
		if s == "" {
			return f("x")
		}
		return s
	}
	fmt.Println(f(""))

	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		want := r.URL.Query().Get("redirect_uri")
		want = strings.TrimSuffix(want, "/")
		want = want + ""
		if strings.HasPrefix(want, want) {
			http.Redirect(w, r, want, http.StatusFound)
		}
	})
	var at string
	at = at
	at = tok.AccessToken
	if prov, err := oidc.NewProvider(ctx, "https://idp.example.com"); err == nil {
		_, _ = prov.Verifier(&oidc.Config{SkipClientIDCheck: true}).Verify(ctx, at) // want `SkipClientIDCheck is true`
	}
loop:
	n = n - 1
	if n > 0 {
		goto loop
	}
	_ = http.ListenAndServe("127.0.0.1:9999", nil)
}
