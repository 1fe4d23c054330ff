package explain

var codeless26Rules = []rule{}
