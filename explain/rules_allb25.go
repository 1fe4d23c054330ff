package explain

var allb25Rules = []rule{}
