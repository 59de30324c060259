// Command kongcmd2 runs the cmds package's commands.
package main

import (
	"context"
	"os"

	"example.com/fixtures/tokenleak/kongcmd2/cmds"
	"github.com/alecthomas/kong"
	"golang.org/x/oauth2"
)

func main() {
	var cli cmds.CLI
	conf := &oauth2.Config{ClientID: "kongcmd2", Endpoint: oauth2.Endpoint{TokenURL: "https://idp.example.com/token"}}
	ctx := kong.Parse(&cli)
	err := ctx.Run(&cmds.Globals{Source: cmds.Refresh(context.Background(), conf, os.Getenv("REFRESH_TOKEN"))})
	ctx.FatalIfErrorf(err)
}
