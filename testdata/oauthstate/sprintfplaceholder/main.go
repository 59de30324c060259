// Command sprintfplaceholder is a tutorial's GitHub login: its client
// credentials are placeholders to fill in, and the callback never reads
// the state.
package main

import (
	"fmt"
	"net/http"
)

const (
	clientID     = "<your client id>"
	clientSecret = "<your client secret>"
)

func main() {
	http.HandleFunc("/oauth/redirect", func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		code := r.FormValue("code")
		reqURL := fmt.Sprintf("https://github.com/login/oauth/access_token?client_id=%s&client_secret=%s&code=%s", clientID, clientSecret, code) // want `callback exchanges the code without checking state`
		req, _ := http.NewRequest(http.MethodPost, reqURL, nil)
		req.Header.Set("accept", "application/json")
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
		}
	})
	// A message that quotes a placeholder is no request.
	fmt.Println("set client_secret=<your client secret> in the environment")
	http.ListenAndServe(":8080", nil)
}
