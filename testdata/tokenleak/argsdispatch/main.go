// Command devlogin picks its subcommand from os.Args by hand, as small
// tools without a command library do: "show" prints the saved ID token
// because the user asked for it (silent); "refresh" and the default login
// print tokens as a side effect (reported), and so does every branch not
// taken for "show".
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "devlogin",
	Endpoint: oauth2.Endpoint{DeviceAuthURL: "https://idp.example/device", TokenURL: "https://idp.example/token"},
}

func load() (*oauth2.Token, error) {
	b, err := os.ReadFile("token.json")
	if err != nil {
		return nil, err
	}
	tok := new(oauth2.Token)
	return tok, json.Unmarshal(b, tok)
}

func main() {
	ctx := context.Background()
	saved, err := load()
	if len(os.Args) > 1 && os.Args[1] == "show" {
		if err != nil {
			return
		}
		fmt.Println("ID Token:", saved.Extra("id_token"))
		fmt.Println("Access Token:", saved.AccessToken)
		return
	}
	if os.Args[1] == "refresh" {
		tok, err := conf.TokenSource(ctx, saved).Token()
		if err != nil {
			return
		}
		fmt.Println("Access Token:", tok.AccessToken) // want `access token printed to standard output: fmt.Println prints the access token`
		return
	}
	if (os.Args[1] == "token") || os.Args[1] == "get-token" {
		fmt.Println(saved.AccessToken)
	} else if os.Args[1] == "status" {
		fmt.Println("token:", saved.AccessToken) // want `access token printed to standard output`
	}
	if os.Args[1] != "show" {
		fmt.Println(saved.RefreshToken) // want `refresh token printed to standard output`
	}
	if os.Args[1] == "show" || os.Args[1] == "login" {
		fmt.Println(saved.AccessToken) // want `access token printed to standard output`
	}
	if os.Getenv("MODE") == "show" {
		fmt.Println(saved.AccessToken) // want `access token printed to standard output`
	}

	da, err := conf.DeviceAuth(ctx)
	if err != nil {
		return
	}
	fmt.Println("visit", da.VerificationURIComplete)
	tok, err := conf.DeviceAccessToken(ctx, da)
	if err != nil {
		return
	}
	fmt.Println("Access Token:", tok.AccessToken) // want `access token printed to standard output`
}
