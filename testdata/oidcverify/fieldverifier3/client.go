// Package fieldverifier3 picks its verifiers on a branch (a custom JWKS
// endpoint or the provider's), keeps them in its client, and checks the
// JWT access token of the token response it decodes itself with the
// audience-free one (silent). Its API middleware checks callers' bearer
// tokens with an audience-free verifier (reported: they are not its own).
package fieldverifier3

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
)

type tokenResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	IDToken      string `json:"id_token"`
}

type cli struct {
	ctx       context.Context
	ids       *oidc.IDTokenVerifier
	jwts      *oidc.IDTokenVerifier
	tokenURL  string
	clientID  string
	jwksURL   string
	issuerURL string
}

func newCLI(ctx context.Context, p *oidc.Provider, issuer, clientID, jwks, tokenURL string) *cli {
	idCfg := &oidc.Config{ClientID: clientID}
	atCfg := &oidc.Config{ClientID: clientID, SkipClientIDCheck: true}
	var ids, jwts *oidc.IDTokenVerifier
	if jwks != "" {
		keys := oidc.NewRemoteKeySet(ctx, jwks)
		ids = oidc.NewVerifier(issuer, keys, idCfg)
		jwts = oidc.NewVerifier(issuer, keys, atCfg)
	} else {
		ids = p.Verifier(idCfg)
		jwts = p.Verifier(atCfg)
	}
	return &cli{ctx: ctx, ids: ids, jwts: jwts, tokenURL: tokenURL, clientID: clientID}
}

func (c *cli) redeem(form map[string][]string) error {
	resp, err := http.PostForm(c.tokenURL, form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return err
	}
	if _, err := c.ids.Verify(c.ctx, tr.IDToken); err != nil {
		return err
	}
	if at := tr.AccessToken; at != "" {
		if _, err := c.checkJWT(at); err != nil {
			return err
		}
	}
	return nil
}

func (c *cli) checkJWT(raw string) (*oidc.IDToken, error) { return c.jwts.Verify(c.ctx, raw) }

type api struct {
	check *oidc.IDTokenVerifier
}

func newAPI(p *oidc.Provider) *api {
	v := p.Verifier(&oidc.Config{SkipClientIDCheck: true}) // want `ID token check switched off: oidc.Config.SkipClientIDCheck is true`
	return &api{check: v}
}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, err := a.check.Verify(r.Context(), raw); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}
