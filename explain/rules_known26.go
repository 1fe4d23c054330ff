package explain

var known26Rules = []rule{}
