package explain

// common20Rules: rules added by the common20 work of session 15 (issue 10).
var common20Rules = []rule{}
