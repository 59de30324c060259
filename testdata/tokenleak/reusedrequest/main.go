// Command reusedrequest redeems a code with a request it then reuses for
// an API call: what that call answers is the user's profile, no token
// (silent); the token response decoded from the first is printed
// (reported).
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type token struct {
	AccessToken string `json:"access_token"`
}

func main() {
	client := &http.Client{}
	req, _ := http.NewRequest("POST", fmt.Sprintf("https://github.com/login/oauth/access_token?client_id=%s&client_secret=%s&code=%s", "id", "secret", "code"), nil)
	req.Header.Set("Accept", "application/json")
	res, err := client.Do(req)
	if err != nil {
		return
	}
	var t token
	if err := json.NewDecoder(res.Body).Decode(&t); err != nil {
		return
	}
	fmt.Printf("token: %+v\n", t) // want `printed to standard output`
	req, _ = http.NewRequest("GET", "https://api.github.com/user", nil)
	req.Header.Add("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return
	}
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%s\n", body)
}
