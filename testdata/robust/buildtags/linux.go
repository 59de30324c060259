//go:build linux

package main

import "fmt"

func platform() {
	fmt.Println(conf.AuthCodeURL("linux")) // want `authorization code flow without PKCE`
}
