package explain

var servers23Rules = []rule{}
