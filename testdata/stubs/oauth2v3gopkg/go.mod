module gopkg.in/oauth2.v3

go 1.21
