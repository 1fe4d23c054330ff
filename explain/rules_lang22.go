package explain

// lang22Rules: rules added by the lang22 work of session 17 (issue 10).
var lang22Rules = []rule{}
