// WeChat's API takes the access token only in the query: still reported,
// with wording that says so.
package wechat

import (
	"fmt"
	"net/http"
	"net/url"
)

const userInfo = "https://api.weixin.qq.com/sns/userinfo"

func UserInfo(accessToken, openID string) (*http.Response, error) {
	q := url.Values{}
	q.Set("access_token", accessToken) // want `access token in a URL query, which WeChat's API requires \(low severity: the API leaves no choice\): it takes the token only as access_token=`
	q.Set("openid", openID)
	return http.Get(userInfo + "?" + q.Encode())
}

func WorkUser(token, userID string) (*http.Response, error) {
	return http.Get(fmt.Sprintf("https://qyapi.weixin.qq.com/cgi-bin/user/get?access_token=%s&userid=%s", token, userID)) // want `access token in a URL query, which WeCom's API requires`
}

// Another host with the same path is an ordinary API.
func Mirror(token string) (*http.Response, error) {
	return http.Get("https://wechat-proxy.example/sns/userinfo?access_token=" + token) // want `access token in a URL query: the URL, passed to http.Get, carries access_token=`
}

const baseSite = "https://api.weixin.qq.com"

// A listed host followed by a path the caller gives is still that API.
func Call(path, token string) string {
	return baseSite + path + "?access_token=" + token // want `access token in a URL query, which WeChat's API requires`
}

// An unlisted host followed by a path is not.
func Proxy(path, token string) string {
	return "https://wechat-proxy.example" + path + "?access_token=" + token // want `access token in a URL query: the URL, returned to the caller, carries access_token=`
}
