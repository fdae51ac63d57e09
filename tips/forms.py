"""The public's forms: a correction to a record, an action the tracker lacks.

Both carry a honeypot: a field people never see (it is hidden and out of the tab order) and
form-filling robots fill in. A filled one is thanked and dropped, so the robot learns nothing.
"""

from django import forms

from .models import MAX_MESSAGE_LENGTH, MAX_URL_LENGTH, Tip, TipKind


class TipForm(forms.ModelForm):
    source_url = forms.URLField(max_length=MAX_URL_LENGTH, required=False, assume_scheme="https")
    website = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Tip
        fields = ["message", "source_url", "email"]
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": MAX_MESSAGE_LENGTH}),
            "email": forms.EmailInput(
                attrs={"autocomplete": "email", "aria-describedby": "id_email-help"}
            ),
        }

    def __init__(self, *args, kind, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.kind = kind
        self.instance.action = action
        missing = kind == TipKind.MISSING
        self.fields["source_url"].required = missing
        self.fields["message"].label = (
            "What happened, where and when" if missing else "What is wrong, and what is right"
        )
        self.fields["source_url"].label = (
            "A link to a source that reports it" if missing else "A source that shows it (optional)"
        )
        self.fields["email"].label = "Your e-mail (optional)"
        self.fields["email"].help_text = "Only if you want a reply. It is never published."

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
