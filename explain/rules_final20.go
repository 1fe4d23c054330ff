package explain

// final20Rules: rules added by the final20 work of session 15 (issue 10).
var final20Rules = []rule{}
