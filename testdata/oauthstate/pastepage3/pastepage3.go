// A desktop helper whose local server only shows instructions, which reads
// the pasted code from the terminal, and which builds an outgoing request
// of its own (an *http.Request it sends, not one it serves) to fetch the
// user's profile: still no callback, so its constant state is silent.
// Beside it, a server whose handler hands its request to a helper: that
// request is served, and the constant state there is reported.
package pastepage3

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

type notice struct{}

func (notice) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	fmt.Fprintln(w, "Paste the code from this page's address into the terminal.")
}

func SignIn(ctx context.Context, cfg *oauth2.Config) (map[string]any, error) {
	go http.ListenAndServe("localhost:7711", notice{})
	fmt.Println("Visit", cfg.AuthCodeURL("desk-fixed"))
	in := bufio.NewScanner(os.Stdin)
	if !in.Scan() {
		return nil, in.Err()
	}
	tok, err := cfg.Exchange(ctx, strings.TrimSpace(in.Text()))
	if err != nil {
		return nil, err
	}
	profileReq, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.example.org/me", nil)
	if err != nil {
		return nil, err
	}
	resp, err := cfg.Client(ctx, tok).Do(profileReq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var me map[string]any
	return me, json.NewDecoder(resp.Body).Decode(&me)
}
