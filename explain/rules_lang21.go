package explain

var lang21Rules = []rule{}
