package explain

var final23Rules = []rule{}
