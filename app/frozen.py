"""Small unchangeable values, declared like frozen dataclasses but made without them.

Every command-line search, list or note loads the entries' types. As frozen dataclasses
they cost it about 9 ms of its 80: importing ``dataclasses`` brings ``inspect`` (and
``ast``, ``dis``, ``tokenize``), and each class compiles its generated methods (issue
19). ``Frozen`` reads the fields from the class's annotations once, when the class is
made, and gives the same behaviour the callers rely on: keyword or positional
construction with defaults, equality and hashing by value, a readable ``repr`` (without
the fields named in ``_hidden``, as ``field(repr=False)``), no assignment after
construction, and ``replace``.

Fields with a default are class attributes, as in a dataclass, and the same mistakes
are refused when the class is made: an unhashable (mutable) default, a field without a
default after one with, a field named like a method of ``Frozen``. ``ClassVar``
annotations are not fields. The annotations are read as written (this project's
modules use ``from __future__ import annotations``).
"""

from __future__ import annotations

_MISSING = object()


class FrozenError(AttributeError):
    """Assigning to or deleting a field of a ``Frozen`` value."""


class Frozen:
    """Base of an unchangeable value whose fields are its annotated class attributes."""

    _fields: tuple[str, ...] = ()
    _required: frozenset[str] = frozenset()
    _hidden: frozenset[str] = frozenset()  # fields left out of the repr (a key)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        inherited = tuple(getattr(cls, "_fields", ()))
        own = tuple(
            name
            for name, kind in cls.__dict__.get("__annotations__", {}).items()
            if not name.startswith("_") and "ClassVar" not in str(kind)
        )
        cls._fields = inherited + tuple(n for n in own if n not in inherited)
        defaulted = False
        for name in cls._fields:
            if name in vars(Frozen):
                raise TypeError(f"{cls.__name__}.{name}: the name of a method of Frozen")
            default = getattr(cls, name, _MISSING)
            if default is _MISSING and defaulted:
                raise TypeError(f"{cls.__name__}.{name}: no default after a field with one")
            if default is not _MISSING:
                defaulted = True
                if type(default).__hash__ is None:
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
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self._fields if name not in self._hidden
        )
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenError(f"{type(self).__name__} cannot change ({name})")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"{type(self).__name__} cannot change ({name})")

    def __reduce__(self):
        return (type(self), self._values())
