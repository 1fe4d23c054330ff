package explain

var prov21Rules = []rule{}
