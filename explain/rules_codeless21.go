package explain

var codeless21Rules = []rule{}
