"""Time and size of the schema.org JSON-LD export on a 10^5-record dataset.

    python benchmarks/generate.py /tmp/bench.jsonl --records 100000
    python benchmarks/export_jsonld.py /tmp/bench.jsonl [--rdf]

Prints the seconds to build the document (``to_jsonld``) and to write it
(``export(dataset, "jsonld", out)``: build and serialize), the size of the
file, and with ``--rdf`` the seconds rdflib takes to read it as RDF and the
number of triples.  Measured on the development machine (2 shared cores,
Python 3.11), 100,000 records: see docs/guides/export-jsonld.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from newsmodel import Dataset
from newsmodel.export import export, jsonld


def main() -> None:
    """Load the dataset, export it and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="a file or folder of records")
    parser.add_argument("--rdf", action="store_true", help="also read it with rdflib")
    args = parser.parse_args()
    started = time.perf_counter()
    dataset = Dataset.load([args.dataset])
    print(f"loaded {len(dataset):,} records in {time.perf_counter() - started:.1f} s")
    started, cpu = time.perf_counter(), time.process_time()
    document = jsonld.to_jsonld(dataset)
    print(
        f"to_jsonld: {time.perf_counter() - started:.1f} s "
        f"({time.process_time() - cpu:.1f} s CPU), {len(document['@graph']):,} nodes"
    )
    with tempfile.TemporaryDirectory() as folder:
        started, cpu = time.perf_counter(), time.process_time()
        exported = export(dataset, "jsonld", Path(folder))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        size = exported.files[0].stat().st_size
        print(
            f"export: {seconds:.1f} s ({cpu:.1f} s CPU), {size / 1e6:.1f} MB, "
            f"{size / len(dataset):.0f} B/record"
        )
    if args.rdf:
        started, cpu = time.perf_counter(), time.process_time()
        graph = jsonld.to_graph(document)
        print(
            f"rdflib: {time.perf_counter() - started:.1f} s "
            f"({time.process_time() - cpu:.1f} s CPU), {len(graph):,} triples"
        )


if __name__ == "__main__":
    main()
