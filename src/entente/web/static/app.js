// Charts of the entente UI: network, timeline and map, drawn as SVG from the JSON API.
// Data is inserted with textContent only, never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function fetchJSON(path, query) {
  const response = await fetch(path + (query ? "?" + query : ""));
  if (!response.ok) throw new Error((await response.json()).error || response.statusText);
  return response.json();
}

function message(container, text) {
  container.replaceChildren();
  const p = document.createElement("p");
  p.textContent = text;
  container.append(p);
}

// --- network: Fruchterman–Reingold layout ---------------------------------------------------------
function layout(nodes, edges, width, height) {
  const k = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.45;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = width / 2 + (width / 4) * Math.cos(angle);
    n.y = height / 2 + (height / 4) * Math.sin(angle);
  });
  const index = new Map(nodes.map((n) => [n.id, n]));
  let temperature = width / 10;
  for (let step = 0; step < 250; step++) {
    for (const a of nodes) {
      a.dx = 0; a.dy = 0;
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 0.01);
        a.dx += (dx / d) * (k * k) / d; a.dy += (dy / d) * (k * k) / d;
      }
    }
    for (const e of edges) {
      const a = index.get(e.a), b = index.get(e.b);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 0.01);
      const pull = ((d * d) / k) * (1 + Math.log(e.weight)) / d;
      a.dx -= dx * pull; a.dy -= dy * pull; b.dx += dx * pull; b.dy += dy * pull;
    }
    for (const n of nodes) {
      n.dx += (width / 2 - n.x) * 0.8; n.dy += (height / 2 - n.y) * 0.8;  // gravity keeps islands in view
      const d = Math.max(Math.hypot(n.dx, n.dy), 0.01), move = Math.min(d, temperature);
      n.x = Math.min(width - 40, Math.max(20, n.x + (n.dx / d) * move));
      n.y = Math.min(height - 20, Math.max(20, n.y + (n.dy / d) * move));
    }
    temperature *= 0.97;
  }
}

async function drawNetwork(container) {
  const data = await fetchJSON("/api/network", container.dataset.query);
  if (!data.nodes.length) return message(container, "No shared events for these filters.");
  const width = 1000, height = 560, svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  layout(data.nodes, data.edges, width, height);
  const index = new Map(data.nodes.map((n) => [n.id, n]));
  const heaviest = Math.max(...data.edges.map((e) => e.weight));
  for (const e of data.edges) {
    const a = index.get(e.a), b = index.get(e.b);
    const line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#8aa1c4", "stroke-opacity": 0.6, "stroke-width": 1 + (4 * e.weight) / heaviest });
    line.append(el("title", {}, `${e.a} – ${e.b}: ${e.weight} shared events`));
    svg.append(line);
  }
  for (const n of data.nodes) {
    const group = el("g", { class: "node" });
    group.append(el("circle", { cx: n.x, cy: n.y, r: 5 + Math.sqrt(n.weight) * 2, fill: "#1f5fbf" }));
    group.append(el("text", { x: n.x + 9, y: n.y + 4, class: "node-label" }, n.id));
    group.append(el("title", {}, `${n.name} (${n.weight})`));
    svg.append(group);
  }
  container.replaceChildren(svg);
}

// --- timeline: stacked bars by month ---------------------------------------------------------------
async function drawTimeline(container) {
  const data = await fetchJSON("/api/timeline", container.dataset.query);
  if (!data.length) return message(container, "No dated events for these filters.");
  const width = 1000, height = 420, pad = 40, svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events over time" });
  const top = Math.max(...data.map((d) => d.total)), step = (width - 2 * pad) / data.length;
  data.forEach((d, i) => {
    const h = ((height - 2 * pad) * d.total) / top, x = pad + i * step;
    const bar = el("rect", { x: x + 1, y: height - pad - h, width: Math.max(step - 2, 1), height: h, fill: "#1f5fbf", class: "bar" });
    bar.append(el("title", {}, `${d.period}: ${d.total} events`));
    svg.append(bar);
    if (data.length <= 24 || i % Math.ceil(data.length / 24) === 0) {
      svg.append(el("text", { x: x + step / 2, y: height - pad + 14, "text-anchor": "middle", "font-size": 10 }, d.period));
    }
  });
  svg.append(el("text", { x: pad, y: pad - 10, "font-size": 11 }, `max ${top} events per period`));
  container.replaceChildren(svg);
}

// --- map: world outlines (world-atlas, TopoJSON) and event places ------------------------------------
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ringPoints(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

// A ring as path data; where it crosses the antimeridian the line is lifted, not drawn across the map.
function ringPath(points, width, height) {
  return points.map((point, i) => {
    const jump = i > 0 && Math.abs(point[0] - points[i - 1][0]) > 180;
    return (i === 0 || jump ? "M" : "L") + project(point, width, height).map((v) => v.toFixed(1)).join(",");
  }).join("") + "Z";
}

function project([lon, lat], width, height) {
  return [((lon + 180) / 360) * width, ((90 - lat) / 180) * height];
}

async function drawMap(container) {
  const [world, places] = await Promise.all([
    fetchJSON("/static/vendor/world-atlas/countries-110m.json"), fetchJSON("/api/places", container.dataset.query)]);
  const width = 1000, height = 500, svg = el("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "map of event places" });
  svg.append(el("rect", { width, height, fill: "#eef4fb" }));
  const arcs = decodeArcs(world);
  for (const country of world.objects.countries.geometries) {
    const polygons = country.type === "Polygon" ? [country.arcs] : country.type === "MultiPolygon" ? country.arcs : [];
    const d = polygons.map((polygon) => polygon.map((ring) => ringPath(ringPoints(ring, arcs), width, height)).join("")).join("");
    if (d) svg.append(el("path", { d, fill: "#d7dde6", stroke: "#fff", "stroke-width": 0.5 }));
  }
  const most = Math.max(1, ...places.map((p) => p.events));
  for (const place of places) {
    const [x, y] = project([place.lon, place.lat], width, height);
    const dot = el("circle", { cx: x, cy: y, r: 3 + 9 * Math.sqrt(place.events / most), fill: "#b5651d", "fill-opacity": 0.75, class: "place" });
    dot.append(el("title", {}, `${place.name}: ${place.events} events`));
    svg.append(dot);
  }
  container.replaceChildren(svg);
  if (!places.length) container.append(Object.assign(document.createElement("p"), { textContent: "No located events for these filters." }));
}

const charts = { network: drawNetwork, timeline: drawTimeline, map: drawMap };
for (const [id, draw] of Object.entries(charts)) {
  const container = document.getElementById(id);
  if (container) draw(container).catch((error) => message(container, "Could not load the chart: " + error.message));
}
