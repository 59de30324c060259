// Command vaultsync has its own command table (a struct type named
// Command) and an inline action: "print-token" logs the token as its
// output; a *log.Logger writing to a file is a log whatever the command.
package main

import (
	"context"
	"log"
	"os"

	"golang.org/x/oauth2"
)

type Command struct {
	Name   string
	Action func(ctx context.Context) error
}

var conf = &oauth2.Config{
	ClientID: "vaultsync",
	Endpoint: oauth2.Endpoint{TokenURL: "https://sso.vaultsync.io/token", DeviceAuthURL: "https://sso.vaultsync.io/device"},
}

func device(ctx context.Context) (*oauth2.Token, error) {
	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return nil, err
	}
	log.Println("open", da.VerificationURIComplete)
	return conf.DeviceAccessToken(ctx, da)
}

var audit = log.New(os.Stderr, "audit ", log.LstdFlags)

var commands = []Command{
	{Name: "print-token", Action: func(ctx context.Context) error {
		t, err := device(ctx)
		if err != nil {
			return err
		}
		log.Print(t.AccessToken)
		audit.Printf("printed %s", t.AccessToken) // want `access token written to a log: log.Logger.Printf logs the access token`
		return nil
	}},
}

func main() {
	for _, c := range commands {
		if len(os.Args) > 1 && os.Args[1] == c.Name {
			if err := c.Action(context.Background()); err != nil {
				log.Fatal(err)
			}
		}
	}
}
