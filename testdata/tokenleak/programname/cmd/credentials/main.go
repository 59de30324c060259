// A command named credentials runs a login and prints the tokens it
// obtained, for the user to copy into a configuration file: what it is
// for (silent).
package main

import (
	"context"
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{
		ClientID:     os.Getenv("APP_ID"),
		ClientSecret: os.Getenv("APP_SECRET"),
		RedirectURL:  "http://127.0.0.1:8085/cb",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://accounts.example.com/authorize", TokenURL: "https://accounts.example.com/api/token"},
	}
	verifier := oauth2.GenerateVerifier()
	state := oauth2.GenerateVerifier()
	fmt.Println("open:", conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)))
	done := make(chan *oauth2.Token)
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") != state {
			http.Error(w, "state", http.StatusBadRequest)
			return
		}
		tok, err := conf.Exchange(r.Context(), r.FormValue("code"), oauth2.VerifierOption(verifier))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		done <- tok
	})
	go http.ListenAndServe("127.0.0.1:8085", nil)
	tok := <-done
	fmt.Println("Add both to your .env file:")
	fmt.Println("ACCESS_TOKEN=" + tok.AccessToken)
	fmt.Println("REFRESH_TOKEN=" + tok.RefreshToken)
	_ = context.Background()
}
