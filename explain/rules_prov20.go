package explain

// prov20Rules: rules added by the prov20 work of session 15 (issue 10).
var prov20Rules = []rule{}
