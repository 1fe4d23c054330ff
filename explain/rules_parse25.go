package explain

var parse25Rules = []rule{}
