"""The 400 and 404 pages, which say why a request could not be answered.

Django's own 400 page says only "Bad Request". Requests refused before any view runs (more
parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS, a body over the size limit) get that page, so
this one names the limit; anything else stays general, since the message of, say, a refused
Host header is not the client's business.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.shortcuts import render
from django.views.defaults import page_not_found

PROBLEMS = {
    TooManyFieldsSent: "It has too many parameters: at most {limit:,} are read.",
    TooManyFilesSent: "It sends too many files at once.",
    RequestDataTooBig: "Its body is larger than this site accepts.",
}
GENERAL = "It is malformed or asks for something this site does not allow."


def bad_request(request, exception):
    problem = next(
        (text for kind, text in PROBLEMS.items() if isinstance(exception, kind)), GENERAL
    )
    problem = problem.format(limit=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS)
    return render(request, "400.html", {"problem": problem}, status=400)


# A list's page number that is not one (Django's ListView words it so); other 404s say nothing of
# why, since "no such record" is all a reader needs to know.
PAGE_PROBLEMS = ("Invalid page", "Page is not")


def not_found(request, exception):
    message = exception.args[0] if exception.args else ""
    if isinstance(message, str) and message.startswith(PAGE_PROBLEMS):
        return render(request, "404.html", {"problem": message}, status=404)
    return page_not_found(request, exception)
