// The probe in a helper of its own, after the server in the file (deferred
// Close, the port read in a second statement), and the callback served by http.ListenAndServe on
// 0.0.0.0: reported at the server's address.
package main

import (
	"context"
	"log"
	"net"
	"net/http"
	"os/exec"
	"strconv"

	"golang.org/x/oauth2"
)

func main() {
	p, err := freePort()
	if err != nil {
		log.Fatal(err)
	}
	cfg := oauth2.Config{
		ClientID:    "desk",
		RedirectURL: "http://127.0.0.1:" + strconv.Itoa(p) + "/cb",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://login.example.org/authorize", TokenURL: "https://login.example.org/token"},
		Scopes:      []string{"files"},
	}
	pkce := oauth2.GenerateVerifier()
	nonce := oauth2.GenerateVerifier()
	got := make(chan string)
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("state") != nonce {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		got <- q.Get("code")
	})
	go func() {
		log.Fatal(http.ListenAndServe("0.0.0.0:"+strconv.Itoa(p), nil)) // want `native app's callback listener on all interfaces: a command-line client`
	}()
	exec.Command("xdg-open", cfg.AuthCodeURL(nonce, oauth2.S256ChallengeOption(pkce))).Start()
	tok, err := cfg.Exchange(context.Background(), <-got, oauth2.VerifierOption(pkce))
	log.Println(tok.Valid(), err)
}

func freePort() (int, error) {
	lis, err := net.Listen("tcp4", "0.0.0.0:0")
	if err != nil {
		return 0, err
	}
	defer lis.Close()
	addr := lis.Addr()
	return addr.(*net.TCPAddr).Port, nil
}
