package explain

var prov23Rules = []rule{}
