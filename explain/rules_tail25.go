package explain

var tail25Rules = []rule{}
