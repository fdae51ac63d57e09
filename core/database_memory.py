"""How a process that reads most of an SQLite database keeps its memory flat.

The site's connections read the SQLite file through a memory map (`PRAGMA mmap_size`,
tracker/databases_and_caches.py): a new connection then finds the file's pages already mapped
instead of reading each into a small cache of its own. Every page a process touches through the
map counts in its resident memory, though. A web worker's kept connection counts the pages its
requests read (file pages of the kernel's cache, shared and reclaimable); an import touches most
of the database, and its peak memory would grow with the database (the import benchmark's
worker: 161 MB at 1,000 documents, 233 MB at 10,000, against 153 MB at both without the map). An
import's processes therefore read the file without it: the process that runs it and each worker
it forks. (A pipelined import's main process closes its connection before forking and opens
another, with the map, for the little it reads itself.)
"""

from django.db import connections


def without_memory_map(using="default"):
    """Read the database of `using` on this process's connection without a memory map (SQLite;
    other databases are left as they are). Opens the connection if it is not open yet."""
    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA mmap_size=0")
