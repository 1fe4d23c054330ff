package explain

// lda20Rules: rules added by the lda20 work of session 15 (issue 10).
var lda20Rules = []rule{}
