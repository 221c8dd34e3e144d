"""Small unchangeable values, declared like frozen dataclasses but made without them.

Every command-line search, list or note loads the entries' types. As frozen dataclasses
they cost it about 9 ms of its 80: importing ``dataclasses`` brings ``inspect`` (and
``ast``, ``dis``, ``tokenize``), and each class compiles its generated methods (issue
19). ``Frozen`` reads the fields from the class's annotations once, when the class is
made, and gives the same behaviour the callers rely on: keyword or positional
construction with defaults, equality and hashing by value, a readable ``repr``, no
assignment after construction, and ``replace``.

Fields with a default are class attributes, as in a dataclass; a mutable default (a
list) is not allowed, again as in a dataclass.
"""

from __future__ import annotations

_MISSING = object()


class FrozenError(AttributeError):
    """Assigning to or deleting a field of a ``Frozen`` value."""


class Frozen:
    """Base of an unchangeable value whose fields are its annotated class attributes."""

    _fields: tuple[str, ...] = ()
    _required: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        inherited = tuple(getattr(cls, "_fields", ()))
        own = tuple(n for n in cls.__dict__.get("__annotations__", {}) if not n.startswith("_"))
        cls._fields = inherited + tuple(n for n in own if n not in inherited)
        for name in cls._fields:
            default = getattr(cls, name, _MISSING)
            if isinstance(default, list | dict | set):
                raise TypeError(f"{cls.__name__}.{name}: a mutable default is shared")
        cls._required = frozenset(n for n in cls._fields if not hasattr(cls, n))

    def __init__(self, *args, **kwargs) -> None:
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes at most {len(fields)} values")
        values = dict(zip(fields, args, strict=False))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
            if name in values:
                raise TypeError(f"{type(self).__name__} got {name!r} twice")
            values[name] = value
        missing = self._required.difference(values)
        if missing:
            raise TypeError(f"{type(self).__name__} needs {', '.join(sorted(missing))}")
        self.__dict__.update(values)

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def replace(self, **changes) -> Frozen:
        """A copy with ``changes`` (what ``dataclasses.replace`` does)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return type(self)(**values)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenError(f"{type(self).__name__} cannot change ({name})")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"{type(self).__name__} cannot change ({name})")

    def __reduce__(self):
        return (type(self), self._values())
