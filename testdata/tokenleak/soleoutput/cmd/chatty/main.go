// The same program that also reports its progress on standard output:
// the token is shown to whoever watches, beside other text. Reported.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
)

type tokenReply struct {
	AccessToken string `json:"access_token"`
}

func main() {
	form := url.Values{}
	form.Add("grant_type", "client_credentials")
	req, err := http.NewRequest("POST", "https://auth.example.com/token", strings.NewReader(form.Encode()))
	if err != nil {
		os.Exit(1)
	}
	req.SetBasicAuth(os.Getenv("ID"), os.Getenv("SECRET"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		os.Exit(1)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	var reply tokenReply
	if err := json.Unmarshal(body, &reply); err != nil {
		os.Exit(1)
	}
	fmt.Println("Authenticated against auth.example.com")
	fmt.Println(reply.AccessToken) // want `access token printed to standard output`
}
