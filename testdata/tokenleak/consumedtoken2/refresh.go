// Package consumedtoken2 reads a refresh token from a file it keeps and
// hands it to x/oauth2 in an oauth2.Token literal, and another to
// gocloak: printing either prints the token (reported). The file's path
// and the realm are silent.
package consumedtoken2

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/Nerzal/gocloak/v13"
	"golang.org/x/oauth2"
)

func cached(path string) (string, error) {
	b, err := os.ReadFile(path)
	return strings.TrimSpace(string(b)), err
}

func resume(ctx context.Context, conf *oauth2.Config, path string) (oauth2.TokenSource, error) {
	saved, err := cached(path)
	if err != nil {
		return nil, err
	}
	fmt.Printf("resuming from %s with %s\n", path, saved) // want `refresh token printed to standard output`
	return conf.TokenSource(ctx, &oauth2.Token{RefreshToken: saved}), nil
}

func keycloak(ctx context.Context, kc *gocloak.GoCloak, path, realm string) error {
	var prev string
	prev, err := cached(path)
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "realm", realm, "token", prev) // want `refresh token printed to standard error`
	_, err = kc.RefreshToken(ctx, prev, "cli", "", realm)
	return err
}
