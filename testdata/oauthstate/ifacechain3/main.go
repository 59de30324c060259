// The third shape: the callback redeems through Auth, whose provider is
// one of two implementations of an unexported interface, each reaching
// the exchange through an embedded interface. Reported.
package main

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/ifacechain3/providers"
)

func main() {
	a := providers.Chat(&oauth2.Config{ClientID: "id", ClientSecret: "s", RedirectURL: "https://app.example.com/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://chat.example.org/authorize", TokenURL: "https://chat.example.org/token"}})
	http.HandleFunc("/cb", func(w http.ResponseWriter, r *http.Request) {
		if _, err := a.Redeem(r.Context(), r.FormValue("code")); err != nil { // want `callback exchanges the code without checking state`
			http.Error(w, "failed", http.StatusBadGateway)
		}
	})
	_ = http.ListenAndServe(":8080", nil)
}
