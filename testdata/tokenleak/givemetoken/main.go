package main

import (
	"flag"
	"log"
	"os"

	"example.com/give-me-accesstoken/app"
)

func main() {
	bare := flag.Bool("raw", false, "print only the token")
	flag.Parse()
	if err := app.Run(os.Getenv("TOKEN_URL"), os.Getenv("CLIENT_ID"), os.Getenv("CLIENT_SECRET"), *bare); err != nil {
		log.Fatal(err)
	}
}
