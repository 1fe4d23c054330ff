package explain

var tail26Rules = []rule{}
