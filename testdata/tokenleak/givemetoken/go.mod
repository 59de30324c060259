module example.com/give-me-accesstoken

go 1.22
