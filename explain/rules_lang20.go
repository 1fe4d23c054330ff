package explain

// lang20Rules: rules added by the lang20 work of session 15 (issue 10).
var lang20Rules = []rule{}
