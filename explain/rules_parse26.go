package explain

var parse26Rules = []rule{}
