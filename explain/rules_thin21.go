package explain

var thin21Rules = []rule{}
