// The same helper, but its handler passes the request it serves to a
// function that reads the callback: a callback is received, and the
// constant state is reported although the code is also read from stdin.
package served

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func codeOf(r *http.Request) string { return r.URL.Query().Get("code") }

func SignIn(ctx context.Context, cfg *oauth2.Config) (*oauth2.Token, error) {
	codes := make(chan string, 1)
	go http.ListenAndServe("localhost:7712", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		codes <- codeOf(r)
	}))
	fmt.Println("Visit", cfg.AuthCodeURL("desk-fixed")) // want `constant OAuth state`
	select {
	case code := <-codes:
		return cfg.Exchange(ctx, code)
	default:
	}
	in := bufio.NewScanner(os.Stdin)
	in.Scan()
	return cfg.Exchange(ctx, strings.TrimSpace(in.Text()))
}
