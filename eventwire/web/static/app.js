// eventwire explorer: vanilla JS over the JSON API (/v1). No build step, no network but ours.
// Text from the store is only ever put into the page as text nodes, never as HTML.
"use strict";

const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict",
               "material conflict"];
const QUAD_COLOURS = ["#7fb3e6", "#1f5fbf", "#f2a65a", "#c62828"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

function setStatus(text, isError) {
  const node = document.getElementById("status");
  if (!node) return;
  node.textContent = text;
  node.className = isError ? "status error" : "status";
}

function formParams(form) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) params.set(k, v);
  return params;
}

function fillForm(form, params) {
  for (const [k, v] of params.entries()) if (form.elements[k]) form.elements[k].value = v;
}

async function fillCodebook(form) {
  if (!form) return;
  const book = await api("/v1/codebook");
  if (form.elements.root) {
    for (const r of book.roots) form.elements.root.append(el("option", {value: r.root},
                                                          `${r.root} ${r.label}`));
  }
  if (form.elements.plover) {
    for (const p of book.plover) form.elements.plover.append(el("option", {value: p}, p));
  }
}

function actorLabel(name, key, code) {
  if (!key) return "–";
  return `${name || key} [${code || key}]`;
}

// ---- events table -------------------------------------------------------------------------
async function eventsPage() {
  const form = document.getElementById("filters");
  await fillCodebook(form);
  const params = new URLSearchParams(location.search);
  fillForm(form, params);
  const tbody = document.querySelector("#events tbody");
  const more = document.getElementById("more");
  let next = null;
  let shown = 0;

  async function load(append) {
    const query = formParams(form);
    query.set("limit", "100");
    if (append && next) query.set("cursor", next);
    if (!append) { tbody.replaceChildren(); shown = 0; }
    setStatus("Loading…");
    try {
      const page = await api(`/v1/events?${query}`);
      for (const ev of page.events) tbody.append(eventRow(ev));
      shown += page.count;
      next = page.next;
      more.hidden = !next;
      setStatus(`${shown} event${shown === 1 ? "" : "s"}${next ? " (more below)" : ""}`);
      const exportQuery = formParams(form);
      exportQuery.set("format", "csv");
      document.getElementById("export").href = `/v1/export?${exportQuery}`;
    } catch (err) {
      setStatus(err.message, true);
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    history.replaceState(null, "", `/?${formParams(form)}`);
    load(false);
  });
  document.getElementById("reset").addEventListener("click", () => {
    form.reset();
    history.replaceState(null, "", "/");
    load(false);
  });
  more.addEventListener("click", () => load(true));
  load(false);
}

function eventRow(ev) {
  const article = `/article/${encodeURIComponent(ev.article_id)}`;
  return el("tr", {"data-event": ev.event_id},
    el("td", {}, ev.date || ev.published || "–"),
    el("td", {}, actorLabel(ev.source_name, ev.source_key, ev.source_code)),
    el("td", {class: "ev"}, el("span", {class: "codes", title: `Goldstein ${ev.goldstein}`},
                               ev.cameo), " ", ev.plover || ""),
    el("td", {}, actorLabel(ev.target_name, ev.target_key, ev.target_code)),
    el("td", {}, ev.modality),
    el("td", {}, ev.place || "–"),
    el("td", {}, String(ev.num_mentions)),
    el("td", {class: "evidence"}, (ev.evidence || "").slice(0, 220)),
    el("td", {}, el("a", {href: article, class: "article-link"}, "article")));
}

// ---- article text with highlights ------------------------------------------------------------
function highlight(container, text, spans) {
  // spans: [{start, end, cls, title, event}], drawn left to right; overlaps keep the first
  const sorted = spans.filter((s) => Number.isInteger(s.start) && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at || s.end > text.length) continue;
    parts.push(text.slice(at, s.start));
    parts.push(el("mark", {class: s.cls, title: s.title, "data-events": s.events.join(" ")},
                  text.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(text.slice(at));
  container.replaceChildren(...parts);
}

function collectSpans(events) {
  const bySpan = new Map();
  events.forEach((ev, i) => {
    for (const [span, cls, title] of [[ev.sourceSpan, "source", ev.source],
                                      [ev.targetSpan, "target", ev.target],
                                      [ev.trigger, "trigger", `${ev.cameo} ${ev.plover || ""}`]]) {
      if (!span || span[0] === null || span[0] === undefined) continue;
      const key = `${span[0]}:${span[1]}`;
      const known = bySpan.get(key);
      if (known) { known.events.push(i); continue; }
      bySpan.set(key, {start: span[0], end: span[1], cls, title, events: [i]});
    }
  });
  return [...bySpan.values()];
}

function whyList(ev) {
  if (Array.isArray(ev.why) && ev.why.length) {
    // the rule book's trace: stage, rule id, what it decided (docs/schema.md)
    return el("ol", {class: "why"}, ev.why.map((step) => el("li", {},
      typeof step === "string" ? step
        : `${step.stage} · ${step.rule}${step.detail ? " · " + step.detail : ""}`)));
  }
  return el("div", {class: "small"}, `rule: ${ev.rule || "–"}`);
}

function renderEvents(list, title, events, textBox) {
  title.textContent = `${events.length} event${events.length === 1 ? "" : "s"}`;
  list.replaceChildren(...events.map((ev, i) => el("li", {
    "data-index": i,
    onclick: () => {
      for (const node of list.children) node.classList.toggle("focus", node.dataset.index == i);
      let first = null;
      for (const mark of textBox.querySelectorAll("mark")) {
        const on = mark.dataset.events.split(" ").includes(String(i));
        mark.classList.toggle("focus", on);
        if (on && !first) first = mark;
      }
      if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
    }},
    el("div", {}, el("span", {class: "codes"}, ev.source || "–"), " → ",
       el("span", {class: "codes"}, `${ev.cameo}${ev.plover ? " " + ev.plover : ""}`), " → ",
       el("span", {class: "codes"}, ev.target || "–"),
       el("span", {class: `pill ${ev.modality}`}, ev.modality)),
    el("div", {class: "small"},
       `Goldstein ${ev.goldstein ?? "–"} · QuadClass ${ev.quad ?? "–"}` +
       ` · date ${ev.date || "–"} · place ${ev.place || "–"} · said by ${ev.attribution || "–"}`),
    el("div", {class: "small"}, `trigger “${ev.triggerText || ""}”`,
       ev.eventId ? " · " : "", ev.eventId ? el("span", {}, ev.eventId) : null),
    whyList(ev))));
}

function fromStored(m, actors) {
  const span = (role) => {
    const a = actors.find((x) => x.mention_id === m.mention_id && x.role === role);
    return a && a.start_char !== null ? [a.start_char, a.end_char] : null;
  };
  return {
    source: actorLabel(m.source_name, m.source_key, m.source_code),
    target: actorLabel(m.target_name, m.target_key, m.target_code),
    cameo: m.cameo, plover: m.plover, goldstein: m.goldstein, quad: m.quad_class,
    modality: m.modality, date: m.date, place: m.place, attribution: m.attribution,
    rule: m.rule, why: m.why, trigger: m.trigger_span, triggerText: m.trigger,
    sourceSpan: span("source"), targetSpan: span("target"), eventId: m.event_id,
  };
}

function fromCoded(ev) {
  const who = (a) => a ? actorLabel(a.name, a.country || a.org, a.code) : "–";
  const span = (a) => a && a.start !== null && a.start !== undefined ? [a.start, a.end] : null;
  return {
    source: who(ev.source), target: who(ev.target), cameo: ev.cameo, plover: ev.plover,
    goldstein: ev.goldstein, quad: ev.quad_class, modality: ev.modality, date: ev.date,
    place: ev.location ? ev.location.place : null, attribution: ev.attribution,
    rule: ev.spans ? ev.spans.rule : null, why: ev.why, trigger: ev.spans ? ev.spans.trigger : null,
    triggerText: ev.trigger, sourceSpan: span(ev.source), targetSpan: span(ev.target),
  };
}

function showCoded(text, events) {
  const box = document.getElementById("text");
  highlight(box, text, collectSpans(events));
  renderEvents(document.getElementById("event-list"), document.getElementById("events-title"),
               events, box);
}

async function articlePage() {
  const id = decodeURIComponent(location.pathname.replace(/^\/article\//, ""));
  try {
    const art = await api(`/v1/articles/${encodeURIComponent(id)}`);
    document.title = `eventwire · ${art.title || id}`;
    document.getElementById("title").textContent = art.title || id;
    const meta = [art.outlet, art.published, art.dateline_place, art.byline].filter(Boolean);
    const link = /^https?:\/\//i.test(art.url || "");  // never a javascript: or data: link
    document.getElementById("meta").replaceChildren(meta.join(" · "), link ? " · " : "",
      link ? el("a", {href: art.url, rel: "noreferrer"}, "original") : "");
    const events = art.events.map((m) => fromStored(m, art.actors));
    if (art.text === null) {
      setStatus("The cleaned text of this article is not in the store (ingested before texts " +
                "were kept); its events are listed without highlights.");
      showCoded("", events);
    } else {
      showCoded(art.text, events);
    }
  } catch (err) {
    setStatus(err.message, true);
  }
}

// ---- paste box ---------------------------------------------------------------------------------
function pastePage() {
  document.getElementById("paste-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = document.getElementById("paste-text").value;
    const published = document.getElementById("paste-published").value || null;
    setStatus("Coding…");
    try {
      const coded = await api("/v1/code", {
        method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({text, published}),
      });
      setStatus(coded.dateline && coded.dateline.place
        ? `Dateline: ${coded.dateline.place} ${coded.dateline.date || ""}` : "");
      showCoded(coded.text || "", coded.events.map(fromCoded));
    } catch (err) {
      setStatus(err.message, true);
    }
  });
}

// ---- timeline ---------------------------------------------------------------------------------
let plot = null;

async function timelinePage() {
  const form = document.getElementById("filters");
  fillForm(form, new URLSearchParams(location.search));
  async function draw() {
    const query = formParams(form);
    query.set("top", "1");
    history.replaceState(null, "", `/timeline?${formParams(form)}`);
    setStatus("Loading…");
    try {
      const stats = await api(`/v1/stats?${query}`);
      // the chart needs a day; month- or year-precise and undated events stay in the table
      const rows = stats.by_day.filter((r) => r.day && /^\d{4}-\d{2}-\d{2}/.test(r.day));
      setStatus(`${stats.totals.events} events, ${rows.length} ${stats.interval}s`);
      table(stats.by_day);
      chart(rows, stats.interval);
    } catch (err) {
      setStatus(err.message, true);
    }
  }
  function table(rows) {
    document.querySelector("#periods tbody").replaceChildren(...rows.map((r) => el("tr", {},
      el("td", {}, r.day || "undated"), r.quad.map((n) => el("td", {}, String(n))),
      el("td", {}, String(r.events)), el("td", {}, r.goldstein ?? "–"))));
  }
  function chart(rows, interval) {
    const box = document.getElementById("chart");
    if (plot) { plot.destroy(); plot = null; }
    box.replaceChildren();
    if (!rows.length) return;
    const xs = rows.map((r) => Date.parse(r.day.slice(0, 10) + "T00:00:00Z") / 1000);
    const stacked = [];
    let running = rows.map(() => 0);
    rows[0].quad.forEach((_, q) => {
      running = running.map((v, i) => v + rows[i].quad[q]);
      stacked.push(running.slice());
    });
    const bars = uPlot.paths.bars({size: [0.7, 40]});
    const pad = (interval === "week" ? 7 : 1) * 86400 * 0.6;  // whole bars at both ends
    const series = [{}];
    const data = [xs];
    for (let q = 3; q >= 0; q--) {  // tallest first, so each lower band paints over it
      series.push({label: QUADS[q], fill: QUAD_COLOURS[q], stroke: QUAD_COLOURS[q],
                   paths: bars, points: {show: false}, scale: "n",
                   value: (u, v, s, i) => i === null ? "–" : rows[i].quad[q]});
      data.push(stacked[q]);
    }
    series.push({label: "mean Goldstein", stroke: "#222", width: 2, scale: "g",
                 points: {show: true, size: 5}});
    data.push(rows.map((r) => r.goldstein));
    plot = new uPlot({
      width: Math.min(1300, box.clientWidth - 12 || 900), height: 360,
      title: `Events per ${interval} by QuadClass, and mean Goldstein`,
      scales: {x: {time: true, range: (u, lo, hi) => [lo - pad, hi + pad]}, n: {range: (u, lo, hi) => [0, Math.max(1, Math.ceil(hi * 1.15))]},
               g: {range: [-10, 10]}},
      axes: [{}, {scale: "n", label: "events"},
             {scale: "g", side: 1, label: "Goldstein", grid: {show: false}}],
      series,
    }, data, box);
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); draw(); });
  draw();
}

// ---- dyad network ------------------------------------------------------------------------------
function goldsteinColour(g) {
  if (g === null || g === undefined) return "#999";
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [176, 176, 176];
  const end = t < 0 ? [198, 40, 40] : [21, 101, 192];
  const f = Math.abs(t);
  return `rgb(${mix(grey[0], end[0], f)},${mix(grey[1], end[1], f)},${mix(grey[2], end[2], f)})`;
}

async function networkPage() {
  const form = document.getElementById("filters");
  await fillCodebook(form);
  fillForm(form, new URLSearchParams(location.search));
  const svg = document.getElementById("network");
  const NS = "http://www.w3.org/2000/svg";
  const svgEl = (tag, attrs, text) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.append(document.createTextNode(text));
    return node;
  };
  async function draw() {
    const query = formParams(form);
    history.replaceState(null, "", `/network?${query}`);
    setStatus("Loading…");
    let stats;
    try {
      stats = await api(`/v1/stats?${query}`);
    } catch (err) {
      setStatus(err.message, true);
      return;
    }
    const edges = stats.by_dyad.filter((d) => d.source !== "-" && d.target !== "-" &&
                                              d.source !== d.target);
    const degree = new Map();
    for (const e of edges) for (const k of [e.source, e.target]) {
      degree.set(k, (degree.get(k) || 0) + e.events);
    }
    const nodes = [...degree.keys()].sort((a, b) => degree.get(b) - degree.get(a) || (a < b ? -1 : 1));
    setStatus(`${nodes.length} actors, ${edges.length} dyads`);
    const W = 900, H = 640, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 60;
    const pos = new Map(nodes.map((k, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
      return [k, [cx + R * Math.cos(a), cy + R * Math.sin(a)]];
    }));
    const maxEvents = Math.max(1, ...edges.map((e) => e.events));
    const defs = svgEl("defs", {});
    const layer = svgEl("g", {});
    edges.forEach((e, i) => {
      const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
      const mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
      const bend = 0.18;  // curve to the left of source->target, so A->B and B->A differ
      const qx = mx - (y2 - y1) * bend, qy = my + (x2 - x1) * bend;
      const colour = goldsteinColour(e.goldstein);
      const marker = `arrow${i}`;
      defs.append(svgEl("marker", {id: marker, viewBox: "0 0 10 10", refX: 10, refY: 5,
                                   markerUnits: "userSpaceOnUse", markerWidth: 11,
                                   markerHeight: 11, orient: "auto"}));
      defs.lastChild.append(svgEl("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: colour}));
      const shrink = (x, y, tx, ty) => {  // stop short of the node circle
        const d = Math.hypot(tx - x, ty - y) || 1;
        return [tx - ((tx - x) / d) * 16, ty - ((ty - y) / d) * 16];
      };
      const [ex, ey] = shrink(qx, qy, x2, y2);
      const path = svgEl("path", {
        d: `M ${x1} ${y1} Q ${qx} ${qy} ${ex} ${ey}`, class: "edge", stroke: colour,
        "stroke-width": 1.5 + 8 * Math.sqrt(e.events / maxEvents), "stroke-opacity": 0.75,
        "marker-end": `url(#${marker})`, "data-source": e.source, "data-target": e.target,
      });
      path.append(svgEl("title", {}, `${e.source} → ${e.target}: ${e.events} events, ` +
                                     `mean Goldstein ${e.goldstein}`));
      path.addEventListener("click", () => {
        const q = new URLSearchParams({source: e.source, target: e.target});
        for (const k of ["since", "until", "root"]) {
          if (form.elements[k] && form.elements[k].value) q.set(k, form.elements[k].value);
        }
        location.href = `/?${q}`;
      });
      layer.append(path);
    });
    for (const k of nodes) {
      const [x, y] = pos.get(k);
      const r = 6 + 8 * Math.sqrt(degree.get(k) / Math.max(...degree.values()));
      const g = svgEl("g", {class: "node", "data-key": k});
      g.append(svgEl("circle", {cx: x, cy: y, r, fill: "#1d2330"}));
      const dx = x < cx - 5 ? -r - 4 : r + 4;
      g.append(svgEl("text", {x: x + dx, y: y + 4, "text-anchor": dx < 0 ? "end" : "start"}, k));
      g.append(svgEl("title", {}, `${k}: ${degree.get(k)} events (click: its events)`));
      g.addEventListener("click", () => { location.href = `/?${new URLSearchParams({actor: k})}`; });
      layer.append(g);
    }
    svg.replaceChildren(defs, layer);
  }
  form.addEventListener("submit", (e) => { e.preventDefault(); draw(); });
  draw();
}

const PAGES = {events: eventsPage, article: articlePage, paste: pastePage,
               timeline: timelinePage, network: networkPage};
document.addEventListener("DOMContentLoaded", () => PAGES[document.body.dataset.page]());
