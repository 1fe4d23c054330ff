package explain

// codeless22Rules: rules added by the codeless22 work of session 17 (issue 10).
var codeless22Rules = []rule{}
