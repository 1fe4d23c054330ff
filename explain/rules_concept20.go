package explain

// concept20Rules: rules added by the concept20 work of session 15 (issue 10).
var concept20Rules = []rule{}
