package explain

var codeless23Rules = []rule{}
