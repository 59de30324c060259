// Package chatreply answers chat slash commands: its message bodies carry
// a response_type ("in_channel", "ephemeral") as chat APIs define it,
// with no client_id: they are not authorization requests, whatever the
// field is called, and nothing about state is reported.
package chatreply

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Msg struct {
	Text            string `json:"text,omitempty"`
	ResponseType    string `json:"response_type,omitempty"`
	ReplaceOriginal bool   `json:"replace_original"`
}

type responder struct {
	endpoint     string
	responseType string
}

func (r responder) Send(ctx context.Context, text string) (*http.Response, error) {
	body, err := json.Marshal(Msg{Text: text, ResponseType: r.responseType})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

// commandReply is a Mattermost-style reply written into the response of
// the slash command's request, its visibility from the configuration.
type commandReply struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
	GotoLocation string `json:"goto_location,omitempty"`
}

type Bot struct{ Visibility string }

func (b *Bot) Slash(w http.ResponseWriter, r *http.Request) {
	reply := commandReply{ResponseType: b.Visibility, Text: "```" + r.FormValue("text") + "```"}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(reply)
}
