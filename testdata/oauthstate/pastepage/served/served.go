// The same login, but the local server reads the code from the redirect
// (the terminal is only a fallback): a callback exists, and its constant
// state lets an attacker's code in.
package served

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

func Login(ctx context.Context, conf *oauth2.Config) (*oauth2.Token, error) {
	codes := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/landing", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
		fmt.Fprintln(w, "You can close this tab.")
	})
	go http.ListenAndServe("127.0.0.1:8088", mux)
	fmt.Println("Open", conf.AuthCodeURL("paste-login")) // want `constant OAuth state`
	go func() {
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		codes <- line
	}()
	return conf.Exchange(ctx, <-codes)
}
