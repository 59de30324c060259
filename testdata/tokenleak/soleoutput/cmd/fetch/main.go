// A program that fetches a client-credentials token and prints it bare,
// for TOKEN=$(fetch …): its usage and its error messages aside, the token
// is all it prints on standard output. Silent.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
)

const usage = "fetch retrieves an access token with the client credentials grant\n"

type tokenReply struct {
	AccessToken string `json:"access_token"`
}

func run() int {
	flag.Usage = func() { fmt.Fprint(os.Stdout, usage); flag.PrintDefaults() }
	endpoint := flag.String("token-url", "https://auth.example.com/token", "token endpoint")
	id := flag.String("id", "", "client id")
	secret := flag.String("secret", "", "client secret")
	kind := flag.String("grant", "client_credentials", "grant type")
	flag.Parse()
	if *kind != "client_credentials" {
		fmt.Println("unsupported grant: " + *kind)
		return 2
	}
	form := url.Values{}
	form.Add("grant_type", "client_credentials")
	req, err := http.NewRequest("POST", *endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return 1
	}
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(*id, *secret)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 1
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	var reply tokenReply
	if err := json.Unmarshal(body, &reply); err != nil {
		return 1
	}
	fmt.Println(reply.AccessToken)
	return 0
}

func main() { os.Exit(run()) }
