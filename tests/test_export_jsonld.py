"""The schema.org JSON-LD export, checked against the peers that read it: rdflib, pyld, pyshacl.

- Every record comes back: ``from_jsonld(to_jsonld(b)) == b`` on every example and on
  generated bundles, and again after pyld expands the document to IRIs and compacts it
  back (so that every key stands for an IRI and nothing is dropped as unknown).
- rdflib and pyld read the same triples; canonical N-Quads (URDNA2015) do not depend on
  the order of the records.
- The SHACL shapes generated from the model pass every example and catch a dangling
  reference and a missing required field.
- The published context, vocabulary, shapes and page are the generator's output, and
  every schema.org term used is one schema.org defines.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel import Bundle, Dataset
from newsmodel.export import FORMATS, export, jsonld
from newsmodel.strategies import bundles, datasets

rdflib = pytest.importorskip("rdflib")
pyld = pytest.importorskip("pyld")
pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parent.parent
RDF_JSON = rdflib.URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
NS_DIR = ROOT / "docs" / "ns"


def _example(name: str) -> Bundle:
    return newsmodel.load(ROOT / "examples" / f"{name}.yaml")


def _through_text(document: dict[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(document))
    return loaded


def _expanded_and_compacted(document: dict[str, Any]) -> dict[str, Any]:
    """Return the document as pyld reads it: expanded to IRIs, then compacted again."""
    expanded = pyld.jsonld.expand(document)
    compacted: dict[str, Any] = pyld.jsonld.compact(expanded, {"@context": document["@context"]})
    return compacted


# --------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_every_example_round_trips(path: Path) -> None:
    bundle = newsmodel.load(path)
    document = jsonld.to_jsonld(bundle)
    assert jsonld.from_jsonld(_through_text(document)) == bundle
    assert jsonld.from_jsonld(json.dumps(document)) == bundle


@pytest.mark.parametrize(
    "name", ["voa-mali-2022", "sinner-clostebol-2024", "sarkozy-bismuth-2021", "xinjiang-hrc-2022"]
)
def test_examples_round_trip_through_pyld(name: str) -> None:
    bundle = _example(name)
    document = jsonld.to_jsonld(bundle)
    assert jsonld.from_jsonld(_expanded_and_compacted(document)) == bundle


@settings(deadline=None, max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(bundles())
def test_generated_bundles_round_trip(bundle: Bundle) -> None:
    assert jsonld.from_jsonld(_through_text(jsonld.to_jsonld(bundle))) == bundle


@settings(deadline=None, max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(bundles())
def test_generated_bundles_round_trip_through_pyld(bundle: Bundle) -> None:
    assert jsonld.from_jsonld(_expanded_and_compacted(jsonld.to_jsonld(bundle))) == bundle


@settings(deadline=None, max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_generated_datasets_round_trip(files: tuple[Bundle, ...]) -> None:
    dataset = Dataset(files)
    back = jsonld.from_jsonld(_through_text(jsonld.to_jsonld(dataset)))
    assert sorted(back.records(), key=lambda r: r.id) == sorted(dataset, key=lambda r: r.id)


def test_a_base_of_ones_own() -> None:
    bundle = _example("voa-mali-2022")
    document = jsonld.to_jsonld(bundle, base="https://data.example.org/mali/")
    graph = jsonld.to_graph(document)
    mali = rdflib.URIRef("https://data.example.org/mali/mali")
    assert (mali, rdflib.RDF.type, rdflib.URIRef(jsonld.NS + "Actor")) in graph
    assert jsonld.from_jsonld(_expanded_and_compacted(document)) == bundle


def test_a_published_context_by_reference() -> None:
    document = jsonld.to_jsonld(_example("voa-mali-2022"), context_url=jsonld.CONTEXT_URL)
    assert document["@context"][0] == jsonld.CONTEXT_URL
    assert jsonld.from_jsonld(document) == _example("voa-mali-2022")


# --------------------------------------------------------------------------
# As RDF
# --------------------------------------------------------------------------


def _nquads_lines(document: dict[str, Any]) -> int:
    return len(pyld.jsonld.to_rdf(document, {"format": "application/n-quads"}).splitlines())


@pytest.fixture(scope="module")
def examples_graph() -> Any:
    """Every example, as one graph: rdflib's reading of the export of all of them."""
    return jsonld.to_graph(jsonld.to_jsonld(Dataset.load([ROOT / "examples"])))


@pytest.mark.parametrize("name", ["sinner-clostebol-2024", "sarkozy-bismuth-2021"])
def test_rdflib_and_pyld_read_the_same_graph(name: str) -> None:
    document = jsonld.to_jsonld(_example(name))
    by_rdflib = jsonld.to_graph(document)
    by_pyld = rdflib.Graph().parse(
        data=pyld.jsonld.to_rdf(document, {"format": "application/n-quads"}), format="nt"
    )
    # The same graph: canonicalized, the two give the same N-Quads.  (Both through
    # rdflib, which writes a double as Python does: pyld writes 0.086 in JSON-LD's
    # canonical form, 8.599999999999999E-2, the same number.)
    options = {
        "algorithm": "URDNA2015",
        "inputFormat": "application/n-quads",
        "format": "application/n-quads",
    }
    canonical = [
        pyld.jsonld.normalize(graph.serialize(format="nt"), options)
        for graph in (by_rdflib, by_pyld)
    ]
    assert canonical[0] == canonical[1]
    assert len(by_rdflib) == canonical[0].count("\n")
    # Variants' values are JSON literals, read as such by both.
    json_literals = [o for o in by_rdflib.objects() if getattr(o, "datatype", None) == RDF_JSON]
    assert json_literals


def test_rdflib_reads_every_example(examples_graph: Any) -> None:
    graph = examples_graph
    schema, nm = rdflib.Namespace(jsonld.SCHEMA), rdflib.Namespace(jsonld.NS)
    dataset = Dataset.load([ROOT / "examples"])
    for record in dataset:
        subject = rdflib.URIRef(jsonld.DEFAULT_BASE + record.id)
        assert (subject, rdflib.RDF.type, nm[type(record).__name__]) in graph
    # The schema.org view: articles with headlines, claims with text, people with names.
    headlines = set(graph.subject_objects(schema.headline))
    assert len(headlines) == sum(1 for r in dataset.of_kind(newsmodel.Report) if r.title)
    assert set(graph.subjects(rdflib.RDF.type, schema.Claim)) == {
        rdflib.URIRef(jsonld.DEFAULT_BASE + a.id) for a in dataset.of_kind(newsmodel.Allegation)
    }
    assert any(True for _ in graph.subjects(rdflib.RDF.type, schema.Quotation))
    assert any(True for _ in graph.subjects(rdflib.RDF.type, schema.GovernmentOrganization))
    assert any(True for _ in graph.subjects(rdflib.RDF.type, schema.Person))


def test_lists_keep_their_order() -> None:
    from rdflib.collection import Collection

    bundle = _example("voa-mali-2022")
    graph = jsonld.to_graph(jsonld.to_jsonld(bundle))
    nm = rdflib.Namespace(jsonld.NS)
    for response in bundle.responses:
        subject = rdflib.URIRef(jsonld.DEFAULT_BASE + response.id)
        head = graph.value(subject, nm.stances)
        items = [str(item) for item in Collection(graph, head)]
        assert items == [stance.value for stance in response.stances]


def test_canonical_nquads_do_not_depend_on_record_order() -> None:
    bundle = _example("sinner-clostebol-2024")
    records = list(bundle.records())
    first = jsonld.canonical_nquads(jsonld.to_jsonld(records))
    random.Random(16).shuffle(records)
    assert jsonld.canonical_nquads(jsonld.to_jsonld(records)) == first
    assert jsonld.canonical_nquads(jsonld.to_jsonld(bundle)) == first
    assert first.count("\n") == _nquads_lines(jsonld.to_jsonld(bundle))


@settings(deadline=None, max_examples=10, suppress_health_check=[HealthCheck.too_slow])
@given(bundles(max_stories=1))
def test_canonical_nquads_are_stable_on_generated_bundles(bundle: Bundle) -> None:
    records = list(bundle.records())
    first = jsonld.canonical_nquads(jsonld.to_jsonld(records))
    assert jsonld.canonical_nquads(jsonld.to_jsonld(list(reversed(records)))) == first


# --------------------------------------------------------------------------
# SHACL
# --------------------------------------------------------------------------


def test_every_example_conforms_to_the_shapes(examples_graph: Any) -> None:
    conforms, text = jsonld.validate_shacl(examples_graph)
    assert conforms, text


def test_shapes_catch_a_dangling_reference() -> None:
    document = jsonld.to_jsonld(_example("voa-mali-2022"))
    document["@graph"] = [node for node in document["@graph"] if node["@id"] != "mali"]
    conforms, text = jsonld.validate_shacl(document)
    assert not conforms
    assert "ClassConstraintComponent" in text
    assert f"{jsonld.DEFAULT_BASE}mali" in text


def test_shapes_catch_a_reference_to_the_wrong_kind() -> None:
    document = jsonld.to_jsonld(_example("voa-mali-2022"))
    allegation = next(node for node in document["@graph"] if "Allegation" in node["@type"])
    report = next(node for node in document["@graph"] if "Report" in node["@type"])
    allegation["accused"] = [report["@id"]]
    conforms, text = jsonld.validate_shacl(document)
    assert not conforms
    assert "ClassConstraintComponent" in text


def test_shapes_catch_an_identifier_of_no_scheme() -> None:
    document = jsonld.to_jsonld(_example("voa-mali-2022"))
    actor = next(node for node in document["@graph"] if "identifiers" in node)
    actor["identifiers"][0]["propertyID"] = "myspace"
    conforms, text = jsonld.validate_shacl(document)
    assert not conforms
    assert "myspace" in text


def test_shapes_catch_a_missing_required_field() -> None:
    document = jsonld.to_jsonld(_example("voa-mali-2022"))
    allegation = next(node for node in document["@graph"] if "Allegation" in node["@type"])
    del allegation["summary"]
    conforms, text = jsonld.validate_shacl(document)
    assert not conforms
    assert "MinCountConstraintComponent" in text
    assert jsonld.DEFAULT_BASE + allegation["@id"] in text


def test_shapes_catch_a_term_of_no_vocabulary() -> None:
    document = jsonld.to_jsonld(_example("voa-mali-2022"))
    response = next(node for node in document["@graph"] if "Response" in node["@type"])
    response["stances"] = ["shrugged"]
    conforms, text = jsonld.validate_shacl(document)
    assert not conforms
    assert "InConstraintComponent" in text


@settings(deadline=None, max_examples=5, suppress_health_check=[HealthCheck.too_slow])
@given(bundles(max_stories=1))
def test_generated_bundles_conform(bundle: Bundle) -> None:
    conforms, text = jsonld.validate_shacl(jsonld.to_jsonld(bundle))
    assert conforms, text


# --------------------------------------------------------------------------
# The vocabulary
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(jsonld.published()))
def test_published_files_are_the_generators_output(name: str) -> None:
    committed = (NS_DIR / name).read_text(encoding="utf-8")
    assert committed == jsonld.published()[name], (
        f"docs/ns/{name} is stale: run "
        "python -c \"from newsmodel.export.jsonld import publish; publish('docs/ns')\""
    )


def _schema_terms(*documents: Any) -> set[str]:
    """Every ``schema:`` name in the documents, keys and values alike."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and value.startswith("schema:"):
            found.add(value.removeprefix("schema:"))

    for document in documents:
        walk(document)
    return found


def test_every_schema_org_term_is_schema_orgs() -> None:
    from rdflib.namespace import SDO  # schema.org's terms, as rdflib ships them

    documents = [jsonld.context(), jsonld.vocabulary(), jsonld.shapes()]
    documents += [jsonld.to_jsonld(newsmodel.load(path)) for path in EXAMPLES]
    used = _schema_terms(*documents)
    assert used >= {"NewsArticle", "Claim", "Quotation", "Person", "Organization"}
    assert used >= {"GovernmentOrganization", "Event", "Place", "PropertyValue"}
    unknown = sorted(term for term in used if term not in SDO.__annotations__)
    assert not unknown


def test_every_field_has_a_term_and_a_definition() -> None:
    context = jsonld.context()["@context"]
    vocabulary = {node["@id"]: node for node in jsonld.vocabulary()["@graph"]}
    for cls in jsonld._classes():
        scoped = context[cls.__name__]["@context"]
        assert f"nm:{cls.__name__}" in vocabulary
        for field in jsonld._fields(cls):
            if field.is_id and jsonld._is_record(cls):
                continue
            assert scoped[field.name]["@id"] == field.iri
            if field.iri.startswith("nm:"):
                assert field.doc in vocabulary[field.iri]["rdfs:comment"]


def test_the_vocabulary_and_shapes_read_as_rdf() -> None:
    vocabulary = jsonld.to_graph(jsonld.vocabulary())
    nm = rdflib.Namespace(jsonld.NS)
    assert (nm.stances, rdflib.RDF.type, rdflib.RDF.Property) in vocabulary
    assert (
        nm.Allegation,
        rdflib.RDFS.subClassOf,
        rdflib.URIRef(jsonld.SCHEMA + "Claim"),
    ) in vocabulary
    shapes = jsonld.to_graph(jsonld.shapes())
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    node_shapes = set(shapes.subjects(rdflib.RDF.type, sh.NodeShape))
    assert len(node_shapes) == len(jsonld._classes()) + 1  # and the identifiers' shape


# --------------------------------------------------------------------------
# The export's face
# --------------------------------------------------------------------------


def test_export_writes_one_document(tmp_path: Path) -> None:
    assert FORMATS["jsonld"].extra == "jsonld"
    dataset = Dataset.load([ROOT / "examples"])
    exported = export(dataset, "jsonld", tmp_path)
    assert exported.files == (tmp_path / "dataset.jsonld",)
    assert exported.losses == ()
    back = jsonld.from_jsonld(exported.files[0].read_text(encoding="utf-8"))
    assert sorted(r.id for r in back.records()) == sorted(r.id for r in dataset)
    assert export(dataset, "jsonld", tmp_path / "out.jsonld").files == (tmp_path / "out.jsonld",)


def test_writing_imports_no_backend() -> None:
    code = (
        "import sys, newsmodel\nfrom newsmodel.export import jsonld\n"
        "jsonld.to_jsonld(newsmodel.load('examples/voa-mali-2022.yaml'))\n"
        "jsonld.context(); jsonld.shapes(); jsonld.vocabulary_page()\n"
        "print(sorted({'rdflib', 'pyld', 'pyshacl'} & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_guides_python_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    guide = (ROOT / "docs" / "guides" / "export-jsonld.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```$", guide, re.S | re.M)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "docs/guides/export-jsonld.md", "exec"), {})


def test_from_jsonld_says_what_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="not one newsmodel record"):
        jsonld.from_jsonld({"@graph": [{"@id": "x", "@type": "schema:Thing"}]})
    with pytest.raises(ValueError, match="not list"):
        jsonld.from_jsonld("[]")


def test_a_variant_of_a_one_item_list_stays_a_list_through_pyld() -> None:
    # pyld compacts a one-item JSON literal array to its item; the export wraps list values
    # so that ["a"] (the whole list) does not come back as "a" (one item of the list).
    bundle = newsmodel.loads(
        "schema_version: 2\n"
        "reports: [{id: r, title: T}]\n"
        "actors: [{id: a, name: A, kind: state}, {id: b, name: B, kind: state}]\n"
        "allegations:\n"
        "- {id: x, accusers: [a], accused: [a, b], summary: s, citations: [{report: r}],\n"
        "   variants: [{field: accused, value: [a], partial: true, citations: [{report: r}]}]}\n",
        format="yaml",
    )
    back = jsonld.from_jsonld(_expanded_and_compacted(jsonld.to_jsonld(bundle)))
    value: object = back.allegations[0].variants[0].value
    assert value == ("a",)
    assert back == bundle
