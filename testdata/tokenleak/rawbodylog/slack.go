// A chat app's install callback that redeems the code by hand at a token
// endpoint that needs no grant_type (the code and the client's secret make
// it an exchange) and logs the raw response, tokens included. Logging its
// length, or the body of an error response, is silent.
package rawbodylog

import (
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
)

var (
	clientID     = os.Getenv("CHAT_CLIENT_ID")
	clientSecret = os.Getenv("CHAT_SECRET")
)

func Install(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || r.URL.Query().Get("state") != c.Value {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	v := url.Values{}
	v.Set("client_id", clientID)
	v.Add("client_secret", clientSecret)
	v.Add("code", r.URL.Query().Get("code"))
	resp, err := http.PostForm("https://chat.example.com/api/oauth.access", v)
	if err != nil {
		log.Println("exchange:", err)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return
	}
	if resp.StatusCode != http.StatusOK {
		log.Println("install refused:", string(body))
		return
	}
	log.Println(string(body[:])) // want `token endpoint's response written to a log`
	log.Printf("install response: %d bytes", len(body))
	w.WriteHeader(http.StatusOK)
}
