// Command serverprint is a web app on a public port whose callback calls
// getToken, a function named for fetching a token, which prints the token
// endpoint's answer to standard output: the server's log (reported; a
// function's name excuses a print only in a command).
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

func getToken(code string) (string, error) {
	resp, err := http.PostForm("https://login.example.com/oauth2/token", url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"client_id":     {"web"},
		"client_secret": {"from-env"},
		"redirect_uri":  {"https://app.example.com/cb"},
	})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	fmt.Println("token response:", string(b)) // want `token endpoint's response printed to standard output`
	return string(b), nil
}

func main() {
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("st"); err != nil || c.Value == "" || c.Value != r.FormValue("state") {
			http.Error(w, "bad state", http.StatusForbidden)
			return
		}
		if _, err := getToken(r.FormValue("code")); err != nil {
			http.Error(w, "sign-in failed", http.StatusBadGateway)
		}
	})
	_ = http.ListenAndServe(":5001", nil)
}
