// Command debugprint2 is a CLI login: it asks the user to open a link
// (the message quotes the authorization URL) and paste the code back.
// The request has no PKCE challenge.
package main

import (
	"bufio"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

const (
	authEndpoint  = "https://login.example.com/oauth/authorize"
	tokenEndpoint = "https://login.example.com/oauth/token"
)

func main() {
	link := authEndpoint + "?response_type=code&client_id=cli-tool&redirect_uri=" + url.QueryEscape("urn:ietf:wg:oauth:2.0:oob") // want `authorization code flow without PKCE in a command-line client`
	fmt.Fprintln(os.Stderr, "Open this link: "+link+" and paste the code below")
	code, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	body := url.Values{"grant_type": {"authorization_code"}, "client_id": {"cli-tool"}, "code": {strings.TrimSpace(code)}}
	resp, err := http.PostForm(tokenEndpoint, body)
	if err != nil {
		os.Exit(1)
	}
	resp.Body.Close()
}
