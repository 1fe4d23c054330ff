package explain

// prov22Rules: rules added by the prov22 work of session 17 (issue 10).
var prov22Rules = []rule{}
