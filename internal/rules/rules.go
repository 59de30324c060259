// Package rules is the single table of oauthvet's rules. Each analyzer's
// Doc and URL, the README's rule table and `oauthvet -explain` are all made
// from it, so they cannot drift apart.
package rules

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/oauthvet/oauthvet/passes/suppress"
)

// Rule describes one oauthvet rule. ID is the analyzer's name.
type Rule struct {
	ID       string
	Title    string // lower case, no period: "implicit grant in OAuth 2.0 client code"
	Severity string // "error" or "warning"
	RFC      []string
	Text     string // the explanation: what, why, what to do
	Bad      string // an example that is reported
	Good     string // the same program done right
	Flags    []string
}

// Base is where each rule's documentation lives.
const Base = "https://github.com/oauthvet/oauthvet/blob/main/README.md#"

// URL is the documentation address of the rule.
func (r *Rule) URL() string { return Base + r.ID }

// Doc is the analyzer Doc: "ID: title", then the explanation.
func (r *Rule) Doc() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n%s", r.ID, r.Title, r.Text)
	if len(r.RFC) > 0 {
		fmt.Fprintf(&b, "\n\nSpecification: %s.", strings.Join(r.RFC, ", "))
	}
	return b.String()
}

// All lists the rules in the order they are documented.
var All = []*Rule{ImplicitGrant, PasswordGrant, PKCE, ChallengeMethod, RedirectURI, OAuthState, InsecureEndpoint, TokenLeak, OIDCVerify, IgnoreDirective}

// Lookup returns the rule with the given ID.
func Lookup(id string) *Rule {
	for _, r := range All {
		if r.ID == id {
			return r
		}
	}
	return nil
}

var ImplicitGrant = &Rule{
	ID:       "implicitgrant",
	Title:    "implicit grant: the access token comes back in the browser",
	Severity: "error",
	RFC:      []string{"RFC 9700 §2.1.2", "OAuth 2.1 §10.1", "RFC 8252 §8.2"},
	Text: `Reports authorization requests whose response_type returns an access token
in the authorization response: "token", "id_token token", "code token",
"code id_token token", by any route (oauth2.SetAuthURLParam, url.Values,
a hand-built URL, fmt.Sprintf). The token then travels in the URL
fragment through the browser, its history and any script on the page, and
cannot be sender-constrained. RFC 9700 §2.1.2 says clients should not use
the implicit grant; OAuth 2.1 removes it. Use the authorization code grant
with PKCE (response_type=code). "id_token" alone and "code id_token" do not
return an access token and are not reported. Also reports authorization
servers that allow it for every client: library configurations (fosite's
ComposeAllEnabled or implicit factories, go-oauth2's default response
types, osin's AllowedAuthorizeTypes with osin.TOKEN, zitadel op clients)
and hand-written authorization endpoints whose code lets such a
response_type through (a switch case, a comparison, a check that refuses
every other value, a table keyed by the value). A value the code refuses,
or checks against the client's registration or a setting, is not reported;
nor is a go-oauth2 server in a main package that never installs a user
authorization handler (the default denies every authorization request).`,
	Bad: `u := conf.AuthCodeURL(state, oauth2.SetAuthURLParam("response_type", "token"))`,
	Good: `verifier := oauth2.GenerateVerifier()
u := conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))`,
}

var PasswordGrant = &Rule{
	ID:       "passwordgrant",
	Title:    "resource owner password credentials grant outside trusted code",
	Severity: "error",
	RFC:      []string{"RFC 9700 §2.4", "OAuth 2.1 (removes it)", "RFC 6749 §10.7"},
	Text: `Reports token requests with grant_type=password (and Auth0's
password-realm grant): oauth2.Config.PasswordCredentialsToken, url.Values,
form strings and JSON bodies, and SDK methods that always send it
(go-auth0's (*authentication.OAuth).LoginWithPassword, gocloak's Login,
LoginOtp and LoginAdmin). The password grant hands the user's password
to the client, trains users to type it outside the authorization server and
cannot do multi-factor or federated login. RFC 9700 §2.4 says it MUST NOT
be used. Use the authorization code grant with PKCE, or the device grant
(RFC 8628) for devices without a browser. A first-party application that is
absolutely trusted with passwords can be listed in -passwordgrant.trusted
(comma-separated import path patterns, "..." as in the go command).
An identity product's own email and password sign-in (Supabase Auth's
/auth/v1/token, what its SDKs' signInWithPassword posts) signs users in to
the account system the application runs, and is not reported.
Also reports authorization servers that accept the grant for every client:
library configurations (fosite's password factory, go-oauth2's default
grants once a password handler is installed, osin's osin.PASSWORD) and hand-written token endpoints whose code
issues tokens for grant_type=password (a switch case, a comparison, a
table of grant handlers). A grant the code refuses, or checks against the
client's registration or a setting, is not reported; nor are test doubles
(packages named mock, fake, test).
_test.go files are not checked.`,
	Bad:   `tok, err := conf.PasswordCredentialsToken(ctx, user, pass)`,
	Good:  `da, err := conf.DeviceAuth(ctx) // then conf.DeviceAccessToken(ctx, da)`,
	Flags: []string{"trusted"},
}

var PKCE = &Rule{
	ID:       "pkce",
	Title:    "authorization code flow without effective PKCE in a public client",
	Severity: "error",
	RFC:      []string{"RFC 9700 §2.1.1", "RFC 8252 §6, §8.1", "RFC 7636 §4", "OAuth 2.1 §4.1.1"},
	Text: `Reports authorization code requests without a code_challenge in native
(command-line, desktop, mobile) and browser (js/wasm) clients: these are
public clients, and without PKCE an attacker who intercepts the code (a
malicious app on the redirect URI, a log) can redeem it. A native client
is one that opens the authorization URL in the system browser (directly,
through a wrapper, or through an interface whose every implementation
in its package does), prints it, reads the terminal, redirects to a
loopback or private-use URI, or serves its login page on a loopback
listener it opens the browser on or binds to port 0 (no web app
registers a redirect URI whose port is chosen at run time). A hand-built
request without response_type that sends client_id and redirect_uri to the
browser counts as one (GitHub and others default to response_type=code), and
so do SDK flows: a zitadel/oidc relying party built without rp.WithPKCE
whose login runs through rp.AuthURLHandler or cli.CodeFlow, rp.AuthURL
without rp.WithCodeChallenge, and go-auth0's LoginWithAuthCode, which
redeems a code without a verifier. A server-side web app is a public
client too when its oauth2.Config, a variable the package fills once from
a literal and hands to no other code, has no ClientSecret and the package
neither sets one nor sends a client assertion. With
-pkce.confidential, every client is checked, as OAuth 2.1 asks.
Also reports PKCE that is set up but protects nothing: a code_verifier sent
at the token endpoint for a flow whose authorization request carried no
challenge, authhandler.PKCEParams without a ChallengeMethod (then
TokenSourceWithPKCE sends no challenge), a code_verifier sent in the
authorization request itself, where it travels through the browser, the
verifier sent as the state of the request whose challenge it makes (the
state is in the URL too; use a separate random state), a verifier
drawn anew at the token request and used nowhere else (it cannot match
the challenge sent), a verifier or challenge that is a constant of
the program, and a challenge derived from a verifier drawn from math/rand
or the clock (RFC 7636 §4.1 and §7.1 ask for a fresh verifier from a
cryptographic random source per request).
On the server side it reports authorization servers that let public
clients skip PKCE: a fosite, go-oauth2, osin or zitadel configuration that
does not require it (not a server that has no public clients: one whose
clients registered in code all have secrets, or a go-oauth2 v3 server
that authenticates clients with server.ClientFormHandler, which there
refuses a token request without client_secret), a Keycloak public client registered without it, and a
hand-written token endpoint that redeems authorization codes (its
grant_type dispatch's authorization_code branch, or, with no grant_type
read at all, a handler that redeems the request's code in a package that
also issues the codes) while no code of the server reads a code_verifier
(servers MUST support PKCE, RFC 9700 §2.1.1), or compares it only for
codes issued with a challenge while its authorization endpoint lets a
request without one through (PKCE optional), or compares it only when
the token request sends one (a PKCE downgrade, RFC 9700 §4.8.2: a stolen
code is redeemed by leaving the verifier out, whatever the authorization
endpoint required).
Fix: verifier := oauth2.GenerateVerifier(); pass
oauth2.S256ChallengeOption(verifier) to AuthCodeURL and
oauth2.VerifierOption(verifier) to Exchange.`,
	Bad: `url := conf.AuthCodeURL(state)
fmt.Println("Visit", url)
tok, err := conf.Exchange(ctx, code)`,
	Good: `verifier := oauth2.GenerateVerifier()
url := conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
fmt.Println("Visit", url)
tok, err := conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))`,
	Flags: []string{"confidential"},
}

var ChallengeMethod = &Rule{
	ID:       "challengemethod",
	Title:    "PKCE challenge without code_challenge_method=S256",
	Severity: "error",
	RFC:      []string{"RFC 7636 §4.2, §4.3, §7.2", "RFC 9700 §2.1.1"},
	Text: `Reports a code_challenge sent without code_challenge_method, and
code_challenge_method=plain. Without a method the server assumes "plain"
(RFC 7636 §4.3): it compares the verifier with the challenge as is, so a
challenge that is really an S256 hash fails, or, worse, a plain challenge
exposes the verifier to anyone who sees the authorization URL. A client
that can compute SHA-256 must use S256 (RFC 7636 §4.2, §7.2).
oauth2.S256ChallengeFromVerifier returns only the challenge; use
oauth2.S256ChallengeOption, which sends both parameters. Also reports
authorization servers that accept code_challenge_method=plain: library
configurations (fosite's EnablePKCEPlainChallengeMethod, go-oauth2's
default methods, osin) and hand-written authorization endpoints whose code
lets plain through (a switch case, a check that refuses every other
value, an allow-list tested with slices.Contains or samber/lo's Contains),
also when the handler hands the requested method to a function of
another package that refuses every value but those it lists (by facts: a
service layer's gate over a predicate of a third package, return m ==
"plain" || m == "S256").`,
	Bad:  `conf.AuthCodeURL(state, oauth2.SetAuthURLParam("code_challenge", oauth2.S256ChallengeFromVerifier(v)))`,
	Good: `conf.AuthCodeURL(state, oauth2.S256ChallengeOption(v))`,
}

var RedirectURI = &Rule{
	ID:       "redirecturi",
	Title:    "authorization server that matches redirect URIs loosely",
	Severity: "error",
	RFC:      []string{"RFC 9700 §2.1, §4.1.3, §4.11.2", "OAuth 2.1 §2.3.1", "RFC 8252 §7.3", "RFC 6749 §4.1.2.1"},
	Text: `Reports authorization servers that accept a requested redirect_uri without
comparing it exactly with the registered one: library defaults that the
code keeps (go-oauth2's manage.DefaultValidateURI accepts any host that
ends with the registered host; osin's ValidateUri accepts any path below
the registered one) and hand-written checks that compare the requested
redirect URI with strings.HasPrefix, HasSuffix or Contains (or
strings.Index compared with 0 or -1), path.Match, filepath.Match or a
regular expression, there or in a helper of the package that the handler
hands the requested URI to, or that send the code or token to
the requested URI with no comparison at all (a handler that reads
redirect_uri from the request, or decodes the request into a struct with
a redirect_uri field, and redirects to it, with http.Redirect, a
framework's Redirect or a Location header, keeping it on the way, or
not, in a map or a record field that nothing in the package reads but to
compare it with the token request's own redirect_uri (RFC 6749 §4.1.3
binds the code to the URI; it says nothing of where the code already
went); or an authorization facade
that keeps it in the record of a pending login and whose callback reads
it back and redirects to it, when nothing in the package compares the
kept field with anything but the request's own redirect_uri), or that
compare nothing of
it but its host (u.Hostname() or u.Host against the client's domains),
or that compare each registered URI exactly but accept any requested URI
for a registration of "*" (u == uri || u == "*"): a client registered
with the wildcard sends its codes wherever a link says.
Also reports an authorization endpoint that answers an error (a bad
response_type, a missing or unknown client) by redirecting to the
requested redirect_uri before it checks that URI, or on the branch where
that check failed (an unknown client or unregistered URI answered with
error=access_denied at the URI itself): an open redirector (RFC 6749
§4.1.2.1, RFC 9700 §4.11.2). A redirect URI copied into a struct of the
program's own and handed to a validator that never reads that field
counts as unchecked; an ID token in the response is carried like a code.
An attacker who controls any URL
that matches (a subdomain, a sibling path, an open redirector on the
client's site) receives the authorization code or token. RFC 9700 asks
for exact string matching; only the port of a native client's loopback
redirect may vary (RFC 8252 §7.3). Comparisons with a scheme ("https://")
or a loopback origin ("http://127.0.0.1:") are not reported.`,
	Bad: `manager.SetValidateURIHandler(func(base, redirect string) error {
	if !strings.HasPrefix(redirect, base) {
		return errors.ErrInvalidRedirectURI
	}
	return nil
})`,
	Good: `manager.SetValidateURIHandler(func(base, redirect string) error {
	if redirect != base {
		return errors.ErrInvalidRedirectURI
	}
	return nil
})`,
}

var IgnoreDirective = &Rule{
	ID:       "ignoredirective",
	Title:    "malformed or stale //oauthvet:ignore directive",
	Severity: "warning",
	Text: `A finding can be silenced with a line comment on the reported line or the
line above it: //oauthvet:ignore RULE reason. This rule reports directives
that name no rule or an unknown one, give no reason (a directive without a
reason does not silence anything), or silence nothing because no finding of
that rule is there any more. Stale suppressions hide the next real finding
on that line.`,
	Bad:  `//oauthvet:ignore pkce`,
	Good: `//oauthvet:ignore pkce the identity provider rejects PKCE; tracked in TICKET-123`,
}

var OAuthState = &Rule{
	ID:       "oauthstate",
	Title:    "OAuth state missing, constant or predictable, or never checked in the callback",
	Severity: "error",
	RFC:      []string{"RFC 9700 §2.1, §4.7.1", "RFC 6749 §10.10, §10.12"},
	Text: `Reports authorization requests whose state is missing or empty, a constant
(a literal, a constant, a package-level value set once for all users, a
function that returns one) or predictable (math/rand, math/rand/v2, the
time, a counter, unique ids made of the clock and a node id or counter
(xid, uuid versions 1 and 6, sonyflake, snowflake), what the login request says of itself (its Referer,
Origin, User-Agent or Host header, its client address: whoever starts
the login chooses them), or a value derived only from them, drawn whole or
piece by piece into a buffer or a []string that is then joined, through
local variables, package-level variables every assignment of which is
such a value, helper functions of the package and, by facts, helpers of
other packages). SDK flows count: goth's Provider.BeginAuth(state), and
gothic's handlers, whose state is what a function the program assigns to
gothic.SetState returns. Also reported: HTTP handlers that exchange the
request's code without ever reading the request's state, themselves or
by handing the code to a function that redeems it (of the package, up a
chain of its helpers, or by facts of another package,
or the method of an interface that every implementation in its package
redeems the code with, x/oauth2's Exchange promoted from an embedded
Config included), callbacks whose only state check refuses
nothing (if c.Value != state { log.Println("state mismatch") }, then
Exchange), and callbacks whose state check passes an empty
state: the request's state compared with a stored value that is "" when
the browser stored none (a helper that returns "" without a cookie, a
session value read with a comma-ok assertion whose ok is dropped), with
neither side required to be non-empty, or made only when a side is not
empty (if saved != "" && state != saved { refuse }, or if c != nil &&
state != c.Value for a cookie that may be missing, with no refusal of
a missing one), callbacks whose state check only opens the state with
the server's own key (an AES-GCM or HMAC seal, a JWT or JOSE parse:
any state the server ever issued opens), and callbacks whose state check is
only a lookup of the state in a store every browser shares (a map of the
server, sync.Map, Redis or a database, under the state or a key made of
it) with nothing of this browser read on the way (no cookie, no session,
no value a middleware put in the request's context): the attacker's own
state then passes in the victim's browser. Also callbacks that compare
the request's state with a package-level value of one value for every
login (drawn once when the program starts, or read once from its
settings) that no request of the package sends, as when a sign-in widget
builds the request in the browser from a template. SDK callbacks that compare
the state with a kept one only when their client was given somewhere to
keep it are reported when it was not: zitadel/oidc's
rp.CodeExchangeHandler on a relying party built without
rp.WithCookieHandler, rp.WithPKCE or rp.WithPKCEFromDiscovery takes any
state. The shared-store check leaves alone a program that
listens on loopback only (a CLI's login: its store is one user's); a
missing, constant or unchecked state is reported there too, since any
web page can send the attacker's code to the waiting callback. Without a
one-time state bound to the user's browser, an attacker can send a victim's browser to the callback with the
attacker's own code and log the victim into the attacker's account (login
CSRF). crypto/rand, oauth2.GenerateVerifier(), rand.Text() and UUID v4 are
fine; a state passed in by the caller is judged where it is called, and is
not reported when its value cannot be told. A request only the program
itself fetches with its own HTTP client (a probe, an end-to-end harness)
has no callback to forge, and a code read from a struct the request was
bound to (c.Bind(&in)) counts as read from the request. When the request carries an
S256 code_challenge, PKCE already stops this where the server enforces it
(RFC 9700 §2.1): the finding is still reported, once per flow, and its
message says "low severity". No automatic fix: a fresh state must be drawn
per login, stored (a cookie or the session) and compared in the callback,
which is more than one edit.`,
	Bad: `url := conf.AuthCodeURL("state")
http.Redirect(w, r, url, http.StatusFound)`,
	Good: `state := oauth2.GenerateVerifier()
http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true, Secure: true})
http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
// callback: compare r.URL.Query().Get("state") with the cookie before Exchange`,
}

var InsecureEndpoint = &Rule{
	ID:       "insecureendpoint",
	Title:    "OAuth traffic over plain http or a client that skips TLS verification",
	Severity: "error",
	RFC:      []string{"RFC 6749 §3.1, §3.2, §10.9", "RFC 9700 §2.6, §4.1", "RFC 8252 §7.3, §8.3"},
	Text: `Reports http:// authorization, token, device authorization and redirect URLs
(oauth2.Endpoint, clientcredentials.Config.TokenURL, oauth2.Config.RedirectURL,
hand-built authorization URLs and token requests) other than loopback
(127.0.0.1, [::1], localhost): codes, client secrets and tokens would cross
the network in clear text. Reports HTTP clients whose tls.Config sets
InsecureSkipVerify: true and that carry OAuth requests (handed to x/oauth2
with context.WithValue(ctx, oauth2.HTTPClient, c), to go-oidc with
oidc.ClientContext, used to post a token request, or installed as
http.DefaultClient in a package that makes OAuth requests), naming where the
client is made and where it is used; the same client elsewhere is not
reported, nor is verification switched off only in a branch taken on a
setting (if cfg.InsecureSkipVerify { … }: the operator's choice). A
callback server started with srv.Serve(ln) listens where ln does, whatever
its Addr. In native apps (RFC 8252), reports a callback listener bound to
all interfaces (":8080", "0.0.0.0:8080"), which lets other machines on the
network deliver or steal the code, and, as information, "localhost" in a
loopback redirect URI (RFC 8252 §8.3 prefers 127.0.0.1 or [::1]). URLs from
configuration, the environment or flags are not reported. No automatic
fix: removing InsecureSkipVerify breaks test setups that need their own CA
(tls.Config.RootCAs), and the right URL is the provider's.`,
	Bad:  `conf := &oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: "http://auth.acme-corp.io/token"}}`,
	Good: `conf := &oauth2.Config{Endpoint: oauth2.Endpoint{TokenURL: "https://auth.acme-corp.io/token"}}`,
}

var TokenLeak = &Rule{
	ID:       "tokenleak",
	Title:    "access or refresh token in a URL, a log or standard output",
	Severity: "error",
	RFC:      []string{"RFC 6750 §2.3, §5.3", "RFC 9700 §4.3.2", "OAuth 2.1 §5.1", "RFC 6749 §3.2"},
	Text: `Reports bearer tokens written where others can read them.
An authorization server that takes token requests by GET
(AllowGetAccessRequest set to true in osin's ServerConfig or go-oauth2's
server.Config, or srv.SetAllowGetAccessRequest(true)): the code, the
refresh token and the client secret then arrive in the URL's query (RFC
6749 §3.2: the client MUST use POST). A value from configuration is
unknown and not reported; the suggested fix drops the field.
A URL whose query carries access_token or refresh_token, or carries an
access or refresh token value (one of those below) under any other name
(?token=, ?accessToken=), escaped (url.QueryEscape, url.PathEscape) or
not, built by any route (url.Values Set/Add or literal, concatenation,
fmt.Sprintf, u.RawQuery, a request's SetQueryParam in go-resty and
go-openapi); not an ID token
(id_token_hint in a logout URL) and not a revocation URL (RFC 7009), whose
token is being ended:
servers, proxies and browsers log URLs and send them on in Referer headers
(RFC 6750 §2.3, §5.3; OAuth 2.1 §5.1 forbids it). Send the token in the
Authorization header (req.Header.Set("Authorization", "Bearer "+token), or
an oauth2 client / tok.SetAuthHeader). A URL to an API documented to take
the token only in the query (WeChat api.weixin.qq.com, WeCom
qyapi.weixin.qq.com, DingTalk's legacy oapi.dingtalk.com) is still
reported, with a message that says so: keep those URLs out of logs; so is
a query built only where the program is configured for it (if style ==
"query", or past if style != "query" { return }). A URL
fragment (#access_token=) is not a query and is not reported here (see
implicitgrant).
A token written to a log or printed: an *oauth2.Token or oauth2.Token value
(printed with its fields, both tokens included), a token response struct
(a named struct with such a tagged field and no String, Format, GoString
or LogValue method, or only a String method of the package that returns
the token), its AccessToken or RefreshToken,
tok.Extra("id_token"), a string field tagged access_token, refresh_token or
id_token (or accessToken, refreshToken, idToken: a token response decoded
by hand), a server library's issued token (go-oauth2's TokenInfo and its
GetAccess and GetRefresh, osin's AccessData and, once FinishAccessRequest
has filled it, its Response.Output, fosite's AccessResponse), a variable
the program hands to a library's token parameter or writes to an
oauth2.Token's token field (rp.RefreshTokens(ctx, p, rt, …),
oauth2.Token{RefreshToken: rt}: whatever decrypted or read it), the
request's Authorization header (r.Header.Get("Authorization"), gin's
GetHeader; through strings.TrimPrefix), a revocation or introspection
form (url.Values with token beside token_type_hint or the client's
credentials, RFC 7009 and RFC 7662; its Encode() too; a token parameter
set to a constant is a mask, not a token), the response of a hand-built
token request (the bytes read from resp.Body and the map or value they are
decoded into, or a go-resty response's Body and String; not under a check
of the status code or res.IsError(), where the body is an
error; and a response dumped with its body, httputil.DumpResponse(resp,
true), by a transport of the package installed in the HTTP client handed
to x/oauth2 or go-oidc), and strings made only from
them (concatenation, fmt.Sprintf, json.Marshal, conversions, a helper
that returns its argument so rendered (of this package, or of another by
facts: textutil.JSON(set)), local variables every
assignment of which is such a value, or every assignment above the use,
outside loops, the results of functions that return one (of this
package, or of another by facts: at, id, rt, err := session.Tokens(r)),
struct fields of the package every
assignment of which is; not a field the package only fills with what
its own functions derive from a token, such as ciphertext or a digest),
passed to log, log/slog, fmt.Print* or fmt.Fprint* to os.Stdout or
os.Stderr, logrus, zerolog, zap or a logger the table does not name but
whose method or function has a logger's shape (a level's name ending in
f, a format string, ...any and no result: pfxlog.Infof, a framework's
Logger().Debugf; or a one-message level, Debug(msg string), of a type
or interface that also has such a method: an application's logging
facade), directly or through a function of the package that hands its
parameter to one of them (alone or concatenated: log.Print(prefix+msg)). fmt output in an HTTP handler, or in
a function of the package only handlers call, is the server's log.
tok.Expiry, tok.TokenType, a hash, a slice or a "%.8s" precision are fine.
Printing a token on purpose is not reported: fmt output (not a logger) in
a function whose name is made only of the words token, print, show, get,
display, dump, echo, output, cat, access, id, refresh, raw, current, run,
cmd, command, new, exec, execute and includes "token" (printToken,
newPrintAccessTokenCmd); in the Run/RunE/Action function literal of a
struct literal of a type named Command (cobra, urfave/cli) whose Use or Name
is such a word list ("token", "print-token") or only "print", "show" or
"get" (such a command, git's credential helper protocol among them,
answers on standard output: what it writes to standard error or a logger
is still reported); or under an if whose condition reads a flag or variable named with
a printing verb and "token" (--print-token, showToken); or anywhere in a
program whose name (the module's, or a command's directory) is such a
word list with "token", "give", "me", "my", "fetch", "mint", "obtain",
"gen", "generate" or "issue" (give-me-accesstoken, mint-token); nor is fmt output that is a shell export of
the token ("export ACCESS_TOKEN=%s", meant for eval "$(tool login)").`,
	Bad: `tok, err := conf.Exchange(ctx, code)
log.Printf("logged in, token %s", tok.AccessToken)
resp, err := http.Get(api + "/user?access_token=" + tok.AccessToken)`,
	Good: `log.Printf("logged in, token expires %s", tok.Expiry)
req, _ := http.NewRequest("GET", api+"/user", nil)
req.Header.Set("Authorization", "Bearer "+tok.AccessToken)`,
}

var OIDCVerify = &Rule{
	ID:       "oidcverify",
	Title:    "ID token verification switched off or incomplete",
	Severity: "error",
	RFC:      []string{"OpenID Connect Core §3.1.3.7, §3.2.2.11, §15.5.2"},
	Text: `Reports github.com/coreos/go-oidc verification switched off outside _test.go
files: oidc.Config{InsecureSkipSignatureCheck, SkipIssuerCheck,
SkipClientIDCheck, SkipExpiryCheck} set to the constant true (a value from
a flag or configuration is not reported, nor is true assigned only in a
branch of an if or switch on such a value) and oidc.InsecureIssuerURLContext
(unless applied only under such a condition, an issuer alias the operator
configures). Not reported either: oidc.NewVerifier over a key set of a type
the module declares itself, an OpenID provider checking a token it signed
(an id_token_hint, its userinfo endpoint's access token), except for the
signature check; and beside InsecureSkipSignatureCheck, the other checks
the same Config switches off (every claim can be forged anyway).
Without these checks an ID token forged, issued by another provider, for
another client or long expired is accepted (OpenID Connect Core §3.1.3.7).
SkipClientIDCheck is not reported on a verifier used only on the access
token of the client's own oauth2.Token (its audience is the resource
server), nor, like SkipIssuerCheck and InsecureIssuerURLContext, in a
package that reads IDToken.Audience (IDToken.Issuer) to compare it itself,
nor on a first check whose ID token is dropped (_, err := v.Verify(ctx,
raw): a signature check) before the same token is verified again, in the
same function, by a verifier that keeps the check.
Removing SkipExpiryCheck is offered as a fix; the others are not removed
automatically, because go-oidc then rejects a configuration without
ClientID, and a multi-tenant issuer needs its own check first.
Also reports a package that sends a nonce (oidc.Nonce, or nonce in a
hand-built request) and verifies ID tokens (IDTokenVerifier.Verify) without
ever reading the nonce claim (IDToken.Nonce, or a claims field named
Nonce; not for a Verify whose ID token an exported function returns to
its callers, which may compare it): go-oidc does not compare it, so a
replayed ID token passes
(§3.1.3.7 step 11, §15.5.2); and implicit or hybrid requests
(response_type with id_token) without a nonce, which is required there
(§3.2.2.1, §3.2.2.11).`,
	Bad: `verifier := provider.Verifier(&oidc.Config{ClientID: id, SkipExpiryCheck: true})`,
	Good: `verifier := provider.Verifier(&oidc.Config{ClientID: id})
idToken, err := verifier.Verify(ctx, raw)
if err != nil || idToken.Nonce != storedNonce { /* reject */ }`,
}

// Report emits a diagnostic for rule at node's full range, unless an
// //oauthvet:ignore directive silences it there.
func Report(pass *analysis.Pass, r *Rule, pos, end token.Pos, msg string, fixes ...analysis.SuggestedFix) {
	report(pass, r, r.ID, pos, end, msg, fixes)
}

// lowSuffix ends the category of a finding reported at low severity.
const lowSuffix = "/low"

// ReportLow is Report for a finding of lower severity than the rule's
// (its message says why: PKCE already stops a login CSRF, an API that
// takes the token only in the query, a name where an address is
// preferred). Its category is the rule's ID followed by "/low", and SARIF
// gives it the level "note".
func ReportLow(pass *analysis.Pass, r *Rule, pos, end token.Pos, msg string, fixes ...analysis.SuggestedFix) {
	report(pass, r, r.ID+lowSuffix, pos, end, msg, fixes)
}

// IsLow reports whether a diagnostic's category marks it as reported by
// ReportLow.
func IsLow(category string) bool { return strings.HasSuffix(category, lowSuffix) }

func report(pass *analysis.Pass, r *Rule, category string, pos, end token.Pos, msg string, fixes []analysis.SuggestedFix) {
	if ds, ok := pass.ResultOf[suppress.Analyzer].(*suppress.Directives); ok && ds.Silenced(pass.Fset, r.ID, pos) {
		return
	}
	pass.Report(analysis.Diagnostic{
		Pos:            pos,
		End:            end,
		Category:       category,
		Message:        msg,
		URL:            r.URL(),
		SuggestedFixes: fixes,
	})
}

// FuncName names fn as a diagnostic in pass's package should: "Helper",
// "pkg.Helper", "(*pkg.Client).Login".
func FuncName(pass *analysis.Pass, fn *types.Func) string {
	qual := func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		return p.Name()
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return "(" + types.TypeString(sig.Recv().Type(), qual) + ")." + fn.Name()
	}
	if fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// InTestFile reports whether pos lies in a _test.go file.
func InTestFile(pass *analysis.Pass, pos token.Pos) bool {
	f := pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// Markdown renders the rules section of README.md: a table, then each
// rule's documentation. README_test keeps the two in step.
func Markdown() string {
	var b strings.Builder
	b.WriteString("| rule | reports | severity | specification |\n|---|---|---|---|\n")
	for _, r := range All {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", r.ID, r.ID, r.Title, r.Severity, strings.Join(r.RFC, ", "))
	}
	for _, r := range All {
		fmt.Fprintf(&b, "\n### %s\n\n*%s* (%s).\n\n%s", r.ID, r.Title, r.Severity, r.DocMarkdown())
	}
	return b.String()
}

// DocMarkdown is the rule's documentation in Markdown, as README.md and the
// SARIF rule help show it: the text, a reported example, the same code
// done right, the flags.
func (r *Rule) DocMarkdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", unwrap(r.Text))
	if r.Bad != "" {
		fmt.Fprintf(&b, "\nReported:\n\n```go\n%s\n```\n", r.Bad)
	}
	if r.Good != "" {
		fmt.Fprintf(&b, "\nInstead:\n\n```go\n%s\n```\n", r.Good)
	}
	for _, f := range r.Flags {
		fmt.Fprintf(&b, "\nFlag: `-%s.%s`", r.ID, f)
		if s := r.setting(f); s != nil {
			fmt.Fprintf(&b, "; in `.oauthvet.yml` and the golangci-lint settings: `%s`", s.Key)
		}
		b.WriteString(".\n")
	}
	return b.String()
}

// Explain is the text `oauthvet -explain RULE` prints.
func (r *Rule) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\nSeverity: %s\nSpecification: %s\n\n%s\n", r.ID, r.Title, r.Severity, strings.Join(r.RFC, ", "), r.Text)
	if r.Bad != "" {
		fmt.Fprintf(&b, "\nReported:\n\n%s\n", indent(r.Bad))
	}
	if r.Good != "" {
		fmt.Fprintf(&b, "\nInstead:\n\n%s\n", indent(r.Good))
	}
	for _, f := range r.Flags {
		fmt.Fprintf(&b, "\nFlag: -%s.%s", r.ID, f)
		if s := r.setting(f); s != nil {
			fmt.Fprintf(&b, " (in .oauthvet.yml and the golangci-lint settings: %s)", s.Key)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nMore: %s\n", r.URL())
	return b.String()
}

// setting is the configuration key of the rule's flag.
func (r *Rule) setting(flag string) *Setting {
	for _, s := range Settings {
		if s.Rule == r.ID && s.Flag == flag {
			return s
		}
	}
	return nil
}

func indent(s string) string { return "\t" + strings.ReplaceAll(s, "\n", "\n\t") }

// unwrap joins the hard-wrapped lines of a paragraph.
func unwrap(s string) string { return strings.ReplaceAll(s, "\n", " ") }
