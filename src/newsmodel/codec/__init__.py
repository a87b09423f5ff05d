"""Between plain data and typed records: the converter, the compiled fast path, and checks.

- ``newsmodel.codec.converter``: the strict cattrs converter
  (:func:`make_converter`), which explains every problem;
- ``newsmodel.codec.fastpath``: structure and unstructure functions
  compiled from the model, for data that needs no explaining;
- ``newsmodel.codec.check``: ``check()``, for records built in Python.

Both paths read the model's fields and the scalar types of
:mod:`newsmodel.types`, so they accept the same data; a hypothesis property
ties them.
"""

from newsmodel.codec.check import check
from newsmodel.codec.converter import make_converter, structure_problems

__all__ = ["check", "make_converter", "structure_problems"]
