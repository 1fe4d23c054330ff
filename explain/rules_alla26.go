package explain

var alla26Rules = []rule{}
