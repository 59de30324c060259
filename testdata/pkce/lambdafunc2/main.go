// Command lambdafunc2 is lambdafunc written differently: a chat bot's
// webhook, run by Lambda through a function URL, that sends each user a
// login link built from a config made in a helper. Its callback (another
// function) redeems the code with the client secret: silent.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"golang.org/x/oauth2"
)

type update struct {
	ChatID int64  `json:"chat_id"`
	Text   string `json:"text"`
}

type bot struct {
	oauth *oauth2.Config
	send  func(chat int64, text string) error
	nonce func() string
}

func newBot(secret string) *bot {
	return &bot{oauth: &oauth2.Config{
		ClientID:     "chatbot",
		ClientSecret: secret,
		RedirectURL:  "https://abc123.lambda-url.eu-west-1.on.aws/callback",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://sso.example.org/auth", TokenURL: "https://sso.example.org/token"},
	}}
}

func (b *bot) webhook(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	var u update
	if err := json.Unmarshal([]byte(req.Body), &u); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: 400}, nil
	}
	if u.Text == "/login" {
		link := b.oauth.AuthCodeURL(b.nonce())
		if err := b.send(u.ChatID, "Log in: "+link); err != nil {
			return events.LambdaFunctionURLResponse{StatusCode: 500}, err
		}
	}
	return events.LambdaFunctionURLResponse{StatusCode: 200}, nil
}

func main() {
	b := newBot("from-the-environment")
	lambda.StartWithOptions(b.webhook, lambda.WithContext(context.Background()))
}
