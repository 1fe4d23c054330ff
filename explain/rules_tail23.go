package explain

var tail23Rules = []rule{}
