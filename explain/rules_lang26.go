package explain

var lang26Rules = []rule{}
