// Command tokctl reads its subcommand with the flag package and a switch
// on a local variable; the printing is in helpers of another file. A
// helper called only where "print" or "token" was asked for prints on
// request (silent); one also called after login is reported.
package main

import (
	"context"
	"flag"

	"golang.org/x/oauth2"
)

var cfg = oauth2.Config{
	ClientID: "tokctl",
	Endpoint: oauth2.Endpoint{DeviceAuthURL: "https://idp.example/device", TokenURL: "https://idp.example/token"},
}

func main() {
	flag.Parse()
	ctx := context.Background()
	var tok *oauth2.Token
	switch verb := flag.Arg(0); verb {
	case "print", "token":
		tok = cached()
		emit(tok)
	case "login":
		da, err := cfg.DeviceAuth(ctx)
		if err != nil {
			return
		}
		announce(da)
		if tok, err = cfg.DeviceAccessToken(ctx, da); err == nil {
			summarize(tok)
		}
	case "whoami", "get":
		summarize(cached())
	default:
		emitAll(cached())
	}
	rest := flag.Args()[1:]
	switch {
	case len(rest) > 0 && rest[0] == "dump":
		emitAll(cached())
	}
}
