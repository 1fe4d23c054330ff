package explain

var prov25Rules = []rule{}
