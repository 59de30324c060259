// A command whose landing page on every interface only shows text, which
// reads the typed code with a bufio.Reader and then calls an API with a
// request it builds itself (http.NewRequest: sent, not served): no
// callback reaches the listener, silent.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func landing(w http.ResponseWriter, _ *http.Request) {
	io.WriteString(w, "Copy the code shown in the address bar.")
}

func main() {
	v := oauth2.GenerateVerifier()
	cfg := oauth2.Config{
		ClientID:    "kiosk",
		RedirectURL: "http://127.0.0.1:9302/landing",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://sso.example.com/authorize", TokenURL: "https://sso.example.com/token"},
	}
	http.HandleFunc("/landing", landing)
	go func() { log.Fatal(http.ListenAndServe(":9302", nil)) }()
	fmt.Println(cfg.AuthCodeURL(oauth2.GenerateVerifier(), oauth2.S256ChallengeOption(v)))
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		log.Fatal(err)
	}
	tok, err := cfg.Exchange(context.Background(), strings.TrimSpace(line), oauth2.VerifierOption(v))
	if err != nil {
		log.Fatal(err)
	}
	call, err := http.NewRequest(http.MethodGet, "https://api.example.com/v1/me", nil)
	if err != nil {
		log.Fatal(err)
	}
	call.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(call)
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
}
