package explain

// codeless20Rules: rules added by the codeless20 work of session 15 (issue 10).
var codeless20Rules = []rule{}
