// Command rawformbody is a web app whose code exchange is a form body
// formatted by hand, with the redirect URI written into it unescaped
// (redirect_uri=http://…): still a token request, and the answer it
// prints to standard output on a public port is the tokens (reported).
package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

const (
	callback      = "http://localhost:5001/code"
	tokenEndpoint = "https://login.example.com/oauth2/v2.0/token"
)

var clientID = "web-app"

func exchange(w http.ResponseWriter, code string) error {
	format := "client_id=%s&code=%s&redirect_uri=%s&grant_type=authorization_code&scope=%s"
	body := strings.NewReader(fmt.Sprintf(format, clientID, code, callback, "openid"))
	hc := &http.Client{}
	req, err := http.NewRequest(http.MethodPost, tokenEndpoint, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("token endpoint: %d", resp.StatusCode)
	}
	fmt.Println("token answer:", string(raw)) // want `token endpoint's response printed to standard output`
	_, err = w.Write([]byte("signed in"))
	return err
}

func main() {
	http.HandleFunc("/code", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("st"); err != nil || c.Value != r.URL.Query().Get("state") {
			http.Error(w, "bad state", http.StatusForbidden)
			return
		}
		if err := exchange(w, r.URL.Query().Get("code")); err != nil {
			http.Error(w, "sign-in failed", http.StatusBadGateway)
		}
	})
	_ = http.ListenAndServe(":5001", nil)
}
