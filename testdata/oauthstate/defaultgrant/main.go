// Command defaultgrant is a web app that logs in with GitHub by hand: the
// callback posts the code with the client secret (GitHub's token endpoint
// needs no grant_type) without ever reading the state it sent; the second
// callback compares the state with the cookie first and is not reported.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
)

var clientID, clientSecret = os.Getenv("GH_ID"), os.Getenv("GH_SECRET")

func login(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 16)
	rand.Read(b)
	state := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	q := url.Values{"client_id": {clientID}, "redirect_uri": {"https://app.acme-partners.net/cb"}, "state": {state}}
	http.Redirect(w, r, "https://github.com/login/oauth/authorize?"+q.Encode(), http.StatusFound)
}

func callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	resp, err := http.PostForm("https://github.com/login/oauth/access_token", url.Values{
		"client_id":     {clientID},
		"client_secret": {clientSecret},
		"code":          {code}, // want `callback exchanges the code without checking state`
	})
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func checkedCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("state")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	resp, err := http.PostForm("https://github.com/login/oauth/access_token", url.Values{
		"client_id":     {clientID},
		"client_secret": {clientSecret},
		"code":          {r.URL.Query().Get("code")},
	})
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/cb", callback)
	http.HandleFunc("/cb2", checkedCallback)
	http.ListenAndServe(":8080", nil)
}
