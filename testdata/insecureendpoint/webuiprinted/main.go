// Command webuiprinted is a self-hosted web app: it serves its UI and API
// on all interfaces (behind a proxy, in a container) and prints the
// consent link for its operator. The printed link does not make it a
// native app: its listener is its web server (silent). A command-line
// tool that prints the link and listens on all interfaces stays reported
// (cobraprint, execwrapper2).
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     os.Getenv("CLIENT_ID"),
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  os.Getenv("PUBLIC_URL") + "/oauth/done",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/oauth2/auth", TokenURL: "https://accounts.example.com/o/oauth2/token"},
}

func items(w http.ResponseWriter, r *http.Request) { json.NewEncoder(w).Encode([]string{"a"}) }

func done(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != os.Getenv("LOGIN_NONCE") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func main() {
	fmt.Printf("Connect the calendar: %s\n", conf.AuthCodeURL(os.Getenv("LOGIN_NONCE"), oauth2.AccessTypeOffline))
	mux := http.NewServeMux()
	mux.HandleFunc("/api/items", items)
	mux.HandleFunc("/oauth/done", done)
	mux.Handle("/", http.FileServer(http.Dir("./web")))
	log.Fatal(http.ListenAndServe(":8080", mux))
}
