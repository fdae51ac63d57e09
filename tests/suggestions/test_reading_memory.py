"""Reading a document keeps nothing of it once it is read: the importer reads every document
with a recogniser of its own, so what outlives one would grow with the number of documents."""

import gc
import weakref

from suggestions.reading import read_document
from suggestions.reading.recognition import AliasRecogniser, Name

from .reading_helpers import COUNCIL, MAINE, NETHERLANDS, PORTLAND, plain


def test_a_documents_recogniser_is_let_go_once_the_document_is_read():
    recogniser = AliasRecogniser(
        places=[(MAINE, []), (PORTLAND, []), (NETHERLANDS, [])],
        organisations=[(COUNCIL, [Name("City Council")])],
    )
    document = plain(
        "The Portland City Council voted on Monday night to ban city employees from using "
        "facial recognition, as a Dutch city did."
    )
    (proposal,) = read_document(document, recogniser)
    assert proposal.jurisdiction_id == PORTLAND.pk
    gone = weakref.ref(recogniser)
    del recogniser
    gc.collect()
    assert gone() is None
