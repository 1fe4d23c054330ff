package explain

var common26Rules = []rule{}
