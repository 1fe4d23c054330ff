package explain

var common21Rules = []rule{}
