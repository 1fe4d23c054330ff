package explain

var alla25Rules = []rule{}
