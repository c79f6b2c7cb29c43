"""Parquet (one row per event and source, as the CSV) and GEXF (the actor network) exports."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from entente.export.csv_export import COLUMNS, rows


def write_parquet(records: Iterable[dict], path: Path) -> int:
    """The CSV's columns as a Parquet file (needs pyarrow: the `analytics` extra)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_rows = list(rows(records))
    columns = {name: [row[i] for row in table_rows] for i, name in enumerate(COLUMNS)}
    pq.write_table(pa.table(columns), path)
    return len(table_rows)


def write_gexf(network: dict, path: Path) -> int:
    """Nodes (states and organisations) and edges weighted by shared events, for Gephi and the like."""
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    graph = ET.SubElement(root, "graph", defaultedgetype="undirected", mode="static")
    nodes, edges = ET.SubElement(graph, "nodes"), ET.SubElement(graph, "edges")
    for node in network["nodes"]:
        ET.SubElement(nodes, "node", id=node["id"], label=node["name"])
    for number, edge in enumerate(network["edges"]):
        ET.SubElement(edges, "edge", id=str(number), source=edge["a"], target=edge["b"], weight=str(edge["weight"]))
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(network["edges"])
