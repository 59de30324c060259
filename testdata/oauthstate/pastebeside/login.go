// Package login signs a command-line tool in two ways: with a loopback
// callback, and, on machines without a browser, by having the user paste
// the code. Both draw the state with math/rand; only the callback flow
// has a callback an attacker could forge.
package login

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

const oob = "urn:ietf:wg:oauth:2.0:oob"

func config(port string) *oauth2.Config {
	redirect := "http://127.0.0.1:" + port + "/"
	if port == "" {
		redirect = oob
	}
	return &oauth2.Config{
		ClientID:    "tool",
		RedirectURL: redirect,
		Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.com/auth", TokenURL: "https://id.example.com/token"},
	}
}

func tag() string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 12)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func WithBrowser(ctx context.Context) (*oauth2.Token, error) {
	conf := config("8085")
	state := tag()
	fmt.Println("Open", conf.AuthCodeURL(state)) // want `predictable OAuth state: the state comes from math/rand.Intn`
	codes := make(chan string, 1)
	srv := &http.Server{Addr: "127.0.0.1:8085", Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") == state {
			codes <- r.URL.Query().Get("code")
		}
	})}
	go srv.ListenAndServe()
	defer srv.Close()
	return conf.Exchange(ctx, <-codes)
}

func WithoutBrowser(ctx context.Context) (*oauth2.Token, error) {
	conf := config("")
	fmt.Println("Visit", conf.AuthCodeURL(tag()))
	fmt.Print("Paste the code: ")
	code, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, strings.TrimSpace(code))
}
