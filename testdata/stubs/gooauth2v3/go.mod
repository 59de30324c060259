module github.com/go-oauth2/oauth2

go 1.21

require gopkg.in/oauth2.v3 v3.0.0
