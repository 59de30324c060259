// A login helper whose local server only shows a page telling the user to
// copy the code from the address bar; the code is then typed on the
// terminal. Nothing receives a callback, so the constant state protects
// nothing and costs nothing: silent.
package pastepage

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func Login(ctx context.Context, conf *oauth2.Config) (*oauth2.Token, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("/landing", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "Copy the code from the address bar into the terminal.")
	})
	go http.ListenAndServe("127.0.0.1:8088", mux)
	fmt.Println("Open", conf.AuthCodeURL("paste-login"))
	fmt.Print("code: ")
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, strings.TrimSpace(line))
}
