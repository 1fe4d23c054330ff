package explain

var final21Rules = []rule{}
