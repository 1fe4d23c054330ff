package explain

var kinds23Rules = []rule{}
