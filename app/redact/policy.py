"""What to do with each kind of span: the user's choice, per type, plus keep/redact per span."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from app.redact.spans import SpanType


class Action(StrEnum):
    KEEP = "keep"
    REMOVE = "remove"  # drop the words
    LABEL = "label"  # "[name]"
    ROLE = "role"  # the profile term's role ("my neurologist"); else a label
    PSEUDONYM = "pseudonym"  # "Person A", "Dr A", consistent within a post
    RELATIVE_DATE = "relative_date"  # "week 3", "two months later"; else month
    MONTH = "month"  # "March 2023"
    SEASON = "season"  # "spring 2023"
    DECADE = "decade"  # "in my 30s"


class Decision(StrEnum):
    """Per-span choice in the review screen. Spans without one are redacted."""

    REDACT = "redact"
    KEEP = "keep"


ACTIONS_FOR = {
    SpanType.DATE: (
        Action.RELATIVE_DATE,
        Action.MONTH,
        Action.SEASON,
        Action.LABEL,
        Action.REMOVE,
        Action.KEEP,
    ),
    SpanType.AGE: (Action.DECADE, Action.LABEL, Action.REMOVE, Action.KEEP),
}
_GENERIC = (Action.LABEL, Action.ROLE, Action.PSEUDONYM, Action.REMOVE, Action.KEEP)


def actions_for(span_type: SpanType) -> tuple[Action, ...]:
    """The actions that make sense for a type, for a settings combo box."""
    return ACTIONS_FOR.get(span_type, _GENERIC)


_DEFAULTS = {
    SpanType.NAME: Action.ROLE,
    SpanType.PLACE: Action.ROLE,
    SpanType.EMPLOYER: Action.ROLE,
    SpanType.OTHER: Action.ROLE,
    SpanType.DATE: Action.RELATIVE_DATE,
    SpanType.AGE: Action.DECADE,
}


@dataclass(frozen=True)
class RedactionPolicy:
    """Action per span type; types not listed get ``Action.LABEL``."""

    actions: Mapping[SpanType, Action] = field(
        default_factory=lambda: MappingProxyType(dict(_DEFAULTS))
    )

    def action_for(self, span_type: SpanType) -> Action:
        return self.actions.get(span_type, Action.LABEL)

    def with_action(self, span_type: SpanType, action: Action) -> RedactionPolicy:
        if action not in actions_for(span_type):
            from app.redact.spans import PolicyError

            raise PolicyError(f"{action} does not apply to {span_type}")
        return RedactionPolicy(MappingProxyType({**self.actions, span_type: action}))


DEFAULT_POLICY = RedactionPolicy()
