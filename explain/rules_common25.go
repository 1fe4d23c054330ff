package explain

var common25Rules = []rule{}
