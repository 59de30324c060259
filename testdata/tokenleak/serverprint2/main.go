// Command serverprint2 is the same getToken in a command-line login that
// listens on loopback only for its callback: a command named for getting
// the token prints it because that is what it is for (silent).
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

func getToken(code string) (string, error) {
	resp, err := http.PostForm("https://login.example.com/oauth2/token", url.Values{
		"grant_type":   {"authorization_code"},
		"code":         {code},
		"client_id":    {"cli"},
		"redirect_uri": {"http://127.0.0.1:5001/cb"},
	})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	fmt.Println(string(b))
	return string(b), nil
}

func main() {
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		_, _ = getToken(r.FormValue("code"))
	})
	_ = http.ListenAndServe("127.0.0.1:5001", nil)
}
