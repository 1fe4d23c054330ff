package explain

// final22Rules: rules added by the final22 work of session 17 (issue 10).
var final22Rules = []rule{}
