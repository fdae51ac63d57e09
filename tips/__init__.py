"""Corrections and tips from the public: the form on every record and the page to report an
action the tracker lacks, and the queue staff work through in the admin (new, then handled);
and the changes contributors propose to organisations published actions show, which editors
accept or refuse (`tips.proposals`). Nothing sent is ever shown publicly. May import `core`,
`directory`, `articles` and `policies`."""
