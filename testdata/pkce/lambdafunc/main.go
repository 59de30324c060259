// Command lambdafunc is a login function run by AWS Lambda behind API
// Gateway: a server-side web app with a client secret, though it
// listens on nothing itself. PKCE is not required of it (a confidential
// client); silent.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     os.Getenv("CLIENT_ID"),
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  "https://api.example.com/prod/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://login.example.com/authorize",
		TokenURL: "https://login.example.com/token",
	},
}

func newState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	state := newState()
	return events.APIGatewayProxyResponse{
		StatusCode: http.StatusFound,
		Headers: map[string]string{
			"Location":   conf.AuthCodeURL(state),
			"Set-Cookie": "oauth_state=" + state + "; HttpOnly; Secure; SameSite=Lax",
		},
	}, nil
}

func main() {
	lambda.Start(handle)
}
