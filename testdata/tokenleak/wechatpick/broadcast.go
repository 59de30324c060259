// Package wechatpick picks the WeChat endpoint by the audience, in a
// method that returns it beside the request: every URL it can return is
// WeChat's, which takes the token only in the query.
package wechatpick

import (
	"fmt"
	"net/http"
	"strings"
)

const (
	massByTag    = "https://api.weixin.qq.com/cgi-bin/message/mass/sendall"
	massByOpenID = "https://api.weixin.qq.com/cgi-bin/message/mass/send"
	massPreview  = "https://api.weixin.qq.com/cgi-bin/message/mass/preview"
)

type Audience struct {
	TagID   int64
	OpenIDs []string
}

type request struct {
	ToUser []string `json:"touser,omitempty"`
	ToAll  bool     `json:"-"`
}

type Broadcaster struct {
	preview bool
	token   func() (string, error)
	mirror  string
}

func (b *Broadcaster) target(to *Audience, req *request) (*request, string) {
	endpoint := ""
	if to == nil {
		req.ToAll = true
		endpoint = massByTag
	} else if b.preview {
		endpoint = massPreview
	} else {
		if to.TagID != 0 {
			endpoint = massByTag
		}
		if len(to.OpenIDs) > 0 {
			req.ToUser = to.OpenIDs
			endpoint = massByOpenID
		}
	}
	return req, endpoint
}

// Send posts to whichever endpoint target chose.
func (b *Broadcaster) Send(to *Audience, body string) (*http.Response, error) {
	token, err := b.token()
	if err != nil {
		return nil, err
	}
	_, endpoint := b.target(to, &request{})
	u := fmt.Sprintf("%s?access_token=%s", endpoint, token) // want `access token in a URL query, which WeChat's API requires \(low severity`
	return http.Post(u, "application/json", strings.NewReader(body))
}

// elsewhere may return a configured mirror: not only WeChat.
func (b *Broadcaster) elsewhere(to *Audience) string {
	if to == nil {
		return massByTag
	}
	return b.mirror
}

func (b *Broadcaster) SendMirrored(to *Audience, body string) (*http.Response, error) {
	token, err := b.token()
	if err != nil {
		return nil, err
	}
	u := b.elsewhere(to) + "?access_token=" + token // want `access token in a URL query: the URL, passed to http.Post, carries access_token=`
	return http.Post(u, "application/json", strings.NewReader(body))
}
