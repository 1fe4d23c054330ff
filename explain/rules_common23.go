package explain

var common23Rules = []rule{}
