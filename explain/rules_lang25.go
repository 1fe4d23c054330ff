package explain

var lang25Rules = []rule{}
