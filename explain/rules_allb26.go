package explain

var allb26Rules = []rule{}
