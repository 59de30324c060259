// A chat bot's slash-command replies: "response_type" is the message's
// visibility there, in a map, in url.Values and in a map variable (silent);
// the bot's own install link is an authorization request (reported when it
// has no state).
package chatreply2

import (
	"encoding/json"
	"net/http"
	"net/url"
)

func usage(w http.ResponseWriter, r *http.Request) {
	text := "usage: /poll <question>"
	if r.FormValue("text") == "help" {
		text = "see the docs"
	}
	body, err := json.Marshal(map[string]string{"response_type": "ephemeral", "text": text})
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}

func announce(hook, text string) (*http.Response, error) {
	return http.PostForm(hook, url.Values{"response_type": {"in_channel"}, "text": {text}})
}

func reply(w http.ResponseWriter, text string, public bool) {
	msg := map[string]any{"text": text}
	msg["response_type"] = "ephemeral"
	if public {
		msg["response_type"] = "in_channel"
	}
	json.NewEncoder(w).Encode(msg)
}

func install(w http.ResponseWriter, r *http.Request) {
	q := url.Values{"client_id": {"123.456"}, "scope": {"commands"}, "redirect_uri": {"https://bot.example/oauth/callback"}, "response_type": {"code"}} // want `authorization request without a state`
	http.Redirect(w, r, "https://chat.example.com/oauth/v2/authorize?"+q.Encode(), http.StatusFound)
}
