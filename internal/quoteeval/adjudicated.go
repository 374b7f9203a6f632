package quoteeval

// Adjudicated holds hand-checked speakers for direct quotations in
// polnear_dev.jsonl whose source is a pronoun or a description and whose
// silver canonical name is missing or wrong. Each was judged by reading the
// article: the person the pronoun or description refers to (the nearest
// earlier subject of the same gender, or the person the description names
// earlier). Keys are "articleID/attributionID"; values are names only, no
// article text.
var Adjudicated = map[string]string{}
