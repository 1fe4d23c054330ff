package explain

var codeless25Rules = []rule{}
