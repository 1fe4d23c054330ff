package explain

// common22Rules: rules added by the common22 work of session 17 (issue 10).
var common22Rules = []rule{}
