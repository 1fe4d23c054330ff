package explain

var tail21Rules = []rule{}
