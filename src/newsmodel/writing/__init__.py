"""Writing newsmodel files: canonical text, then files replaced atomically.

- :mod:`newsmodel.writing.yaml`: the canonical YAML of plain data;
- :mod:`newsmodel.writing.json`: indented JSON, and JSON Lines;
- :mod:`newsmodel.writing.files`: :func:`~newsmodel.writing.files.write_text_atomic`.

The writers take plain data (what :mod:`newsmodel.codec.fastpath` unstructures
records into); :func:`newsmodel.io.dumps` and :func:`newsmodel.io.dump` are
the public faces.
"""
