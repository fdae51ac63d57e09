"""News: providers, articles, their URLs and relations, import runs; parsing (pure), mention
finding (pure), the importer that stores documents, and the signal it sends for each stored
batch (`signals`). May import `core` and `directory`."""
