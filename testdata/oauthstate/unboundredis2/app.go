// A web app that opens its Redis client where it needs it and keeps each
// login's state there: the client is a local value, the store it talks
// to is every browser's.
package unboundredis2

import (
	"net/http"
	"os"

	"github.com/redis/go-redis/v9"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "shop", ClientSecret: "x", RedirectURL: "https://shop.example.com/oauth/return",
	Endpoint: oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/authorize", TokenURL: "https://accounts.example.com/o/token"},
}

func store() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
}

func begin(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	rdb := store()
	defer rdb.Close()
	if err := rdb.Set(r.Context(), "oauth:"+st, "1", 0).Err(); err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func finish(w http.ResponseWriter, r *http.Request) {
	rdb := store()
	defer rdb.Close()
	if n, err := rdb.Del(r.Context(), "oauth:"+r.URL.Query().Get("state")).Result(); err != nil || n == 0 { // want `state not bound to the browser: the callback looks the request's state up in rdb`
		http.Error(w, "unknown login", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	http.HandleFunc("/oauth/begin", begin)
	http.HandleFunc("/oauth/return", finish)
	_ = http.ListenAndServe(":8080", nil)
}
