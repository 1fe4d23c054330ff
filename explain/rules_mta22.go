package explain

// mta22Rules: rules added by the mta22 work of session 17 (issue 10).
var mta22Rules = []rule{}
