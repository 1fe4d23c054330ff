package explain

var lang23Rules = []rule{}
