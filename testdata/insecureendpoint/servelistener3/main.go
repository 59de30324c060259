// A desktop login whose callback server is kept in a struct field and
// served on a listener bound to every interface: reported at the listen
// call, not at the server's Addr, which Serve ignores.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os/exec"

	"golang.org/x/oauth2"
)

type receiver struct {
	srv   *http.Server
	codes chan string
	state string
}

func (rc *receiver) start(port int) error {
	l, err := net.Listen("tcp", fmt.Sprintf("0.0.0.0:%d", port)) // want `native app's callback listener on all interfaces`
	if err != nil {
		return err
	}
	rc.srv = &http.Server{Addr: fmt.Sprintf(":%d", port), Handler: http.HandlerFunc(rc.callback)}
	go rc.srv.Serve(l)
	return nil
}

func (rc *receiver) callback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != rc.state {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	rc.codes <- r.URL.Query().Get("code")
}

func main() {
	rc := &receiver{codes: make(chan string, 1), state: oauth2.GenerateVerifier()}
	if err := rc.start(9123); err != nil {
		panic(err)
	}
	conf := &oauth2.Config{
		ClientID:    "desk",
		RedirectURL: "http://127.0.0.1:9123/",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
	v := oauth2.GenerateVerifier()
	_ = exec.Command("xdg-open", conf.AuthCodeURL(rc.state, oauth2.S256ChallengeOption(v))).Start()
	tok, err := conf.Exchange(context.Background(), <-rc.codes, oauth2.VerifierOption(v))
	fmt.Println(tok != nil, err)
}
