package explain

// tail22Rules: rules added by the tail22 work of session 17 (issue 10).
var tail22Rules = []rule{}
