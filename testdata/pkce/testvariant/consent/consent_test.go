package consent

import (
	"fmt"
	"testing"

	"golang.org/x/oauth2"
)

func TestStartByHand(t *testing.T) {
	if testing.Short() {
		t.Skip("interactive")
	}
	f := &Flow{Config: &oauth2.Config{ClientID: "c", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example/auth"}}, State: "s"}
	fmt.Println("open", f.Start())
	var code string
	if _, err := fmt.Scanln(&code); err != nil {
		t.Skip(err)
	}
}
