"""`{{ action|taking_part }}`: each organisation in an action once, with its roles in words."""

from django import template

from policies import roles

register = template.Library()


@register.filter
def taking_part(action):
    return roles.taking_part(action)
