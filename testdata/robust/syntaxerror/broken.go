package main

import "golang.org/x/oauth2"

func broken( {
	oauth2.SetAuthURLParam("response_type", "token"
}
