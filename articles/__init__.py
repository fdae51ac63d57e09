"""News: providers, articles, their URLs and relations, import runs; parsing and mention finding
(pure) and the importer (parse, plan, write). May import `core` and `directory`."""
