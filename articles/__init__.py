"""News: providers, articles, their URLs and relations, import runs; parsing and mention finding
(pure), the importer (parse, plan, write), and the signal it sends for each stored batch
(`signals`). May import `core` and `directory`."""
