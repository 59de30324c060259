// Package wecompick chooses among WeCom's endpoints in a package-level
// function with a switch, and in a local variable assigned on each path.
package wecompick

import (
	"net/http"
	"net/url"
)

func endpointFor(kind string) string {
	switch kind {
	case "text":
		return "https://qyapi.weixin.qq.com/cgi-bin/message/send"
	case "card":
		return "https://qyapi.weixin.qq.com/cgi-bin/message/update_template_card"
	default:
		return "https://qyapi.weixin.qq.com/cgi-bin/message/recall"
	}
}

func Notify(kind, token string) (*http.Response, error) {
	q := url.Values{"access_token": {token}} // want `access token in a URL query, which WeCom's API requires \(low severity`
	return http.Get(endpointFor(kind) + "?" + q.Encode())
}

func Lookup(byMobile bool, token string) (*http.Response, error) {
	var api string
	if byMobile {
		api = "https://qyapi.weixin.qq.com/cgi-bin/user/getuserid"
	} else {
		api = "https://qyapi.weixin.qq.com/cgi-bin/user/get"
	}
	return http.Get(api + "?access_token=" + token) // want `access token in a URL query, which WeCom's API requires`
}

// Mixed may go to WeCom or to WeChat: two different APIs, both query-only,
// but not one; the host stays unknown here.
func Mixed(work bool, token string) (*http.Response, error) {
	api := "https://api.weixin.qq.com/cgi-bin/user/info"
	if work {
		api = "https://qyapi.weixin.qq.com/cgi-bin/user/get"
	}
	return http.Get(api + "?access_token=" + token) // want `access token in a URL query: the URL, passed to http.Get, carries access_token=`
}

// Given takes the endpoint from the caller: unknown.
func Given(api, token string) (*http.Response, error) {
	return http.Get(api + "?access_token=" + token) // want `access token in a URL query: the URL, passed to http.Get, carries access_token=`
}
