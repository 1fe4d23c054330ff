package explain

// forms22Rules: rules added by the forms22 work of session 17 (issue 10).
var forms22Rules = []rule{}
