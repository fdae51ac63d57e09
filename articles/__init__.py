"""News: providers, articles, their URLs and relations, import runs; parsing (pure), mention
finding (pure) and the importer that stores documents. May import `core` and `directory`."""
