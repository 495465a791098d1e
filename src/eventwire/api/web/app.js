/* eventwire web page: reads the JSON API of `eventwire serve` and draws with d3.
 * Text from the store is only ever put into the page as text nodes (never as HTML). */
"use strict";

(() => {
  const TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
  ];
  const STATUSES = ["asserted", "negated", "hypothetical", "intended", "requested", "reported"];
  // Cooperation in blues and greens, verbal conflict in yellows and oranges, material
  // conflict in reds and purples: neighbouring colours are neighbouring kinds of event.
  const TYPE_COLORS = {
    AGREE: "#1f77b4", CONSULT: "#4e9bd6", SUPPORT: "#8cc1ea", CONCEDE: "#17becf",
    COOPERATE: "#2ca02c", AID: "#7bc96f", RETREAT: "#98df8a", REQUEST: "#bcbd22",
    ACCUSE: "#f2b02c", REJECT: "#ff7f0e", THREATEN: "#e8590c", PROTEST: "#c98a5a",
    SANCTION: "#9467bd", MOBILIZE: "#8c564b", COERCE: "#d6616b", ASSAULT: "#a50f15",
  };
  const SPAN_KINDS = [
    ["actor", "actor"], ["place", "place"], ["date", "date"], ["trigger", "event trigger"],
    ["quote", "quote"],
  ];
  const PAGE = 50;
  const MAP_LABELS = 12;

  const state = {
    offset: 0,
    total: 0,
    filters: {},
    stale: new Set(["events", "timeline", "network", "map"]),
    tab: "events",
    world: null,
    selectedRow: null,
    overview: null,
  };
  const FILTERS = ["actor", "country", "type", "status", "since", "until", "q"];
  const TABS = ["events", "timeline", "network", "map", "code"];

  const $ = (selector) => document.querySelector(selector);

  /** A DOM element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "style") node.setAttribute("style", value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function api(path, params, options) {
    const url = new URL(path, window.location.origin);
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
    }
    const response = await fetch(url, options);
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      throw new Error(`${response.status} ${response.statusText}`);
    }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : response.statusText;
      throw new Error(`${response.status}: ${message}`);
    }
    return body;
  }

  function showError(container, error) {
    container.replaceChildren(el("p", { class: "error empty", text: String(error.message || error) }));
  }

  // -- filters ---------------------------------------------------------------------------

  function readFilters() {
    const form = $("#filters");
    const filters = {};
    for (const name of FILTERS) {
      const value = form.elements[name].value.trim();
      if (value) filters[name] = value;
    }
    return filters;
  }

  function applyFilters() {
    state.filters = readFilters();
    state.offset = 0;
    state.stale = new Set(["events", "timeline", "network", "map"]);
    writeUrl();
    refreshTab();
  }

  // -- the view in the address: tab and filters, so a view can be bookmarked and shared --

  function writeUrl() {
    const params = new URLSearchParams();
    if (state.tab !== "events") params.set("tab", state.tab);
    for (const [name, value] of Object.entries(state.filters)) params.set(name, value);
    if ($("#events-dedup").checked) params.set("dedup", "1");
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(null, "", url);
    }
  }

  /** Put the address's filters into the form; the tab it names, or "events". */
  function readUrl() {
    const params = new URLSearchParams(window.location.search);
    const form = $("#filters");
    for (const name of FILTERS) {
      const value = params.get(name);
      if (value === null) continue;
      const field = form.elements[name];
      if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === value)) {
        field.append(el("option", { value }, value));
      }
      field.value = value;
    }
    $("#events-dedup").checked = params.get("dedup") === "1";
    state.filters = readFilters();
    const tab = params.get("tab");
    return TABS.includes(tab) ? tab : "events";
  }

  function setFilter(name, value) {
    $("#filters").elements[name].value = value;
    applyFilters();
  }

  function initFilters(overview) {
    state.overview = overview;
    const type = $("#filter-type");
    for (const name of TYPES) type.append(el("option", { value: name }, name));
    labelTypeCounts();
    const status = $("#filter-status");
    for (const name of STATUSES) {
      const n = overview.statuses[name] || 0;
      status.append(el("option", { value: name }, `${name} (${n})`));
    }
    const country = $("#filter-country");
    for (const [code, n] of Object.entries(overview.countries)) {
      country.append(el("option", { value: code }, `${code} (${n})`));
    }
    const form = $("#filters");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      applyFilters();
    });
    form.addEventListener("reset", () => setTimeout(applyFilters, 0));
    for (const select of form.querySelectorAll("select, input[type=date]")) {
      select.addEventListener("change", applyFilters);
    }
    let timer = null;
    for (const input of form.querySelectorAll("input[type=search]")) {
      input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(applyFilters, 350);
      });
    }
  }

  /** Each type's count as the events table counts its rows: every copy in syndicated
   * articles, or each event once when "one row per event" is ticked. */
  function labelTypeCounts() {
    const overview = state.overview;
    if (!overview) return;
    const dedup = $("#events-dedup").checked;
    const counts = dedup ? overview.types : (overview.type_mentions || overview.types);
    for (const option of $("#filter-type").options) {
      if (!option.value) continue;
      option.textContent = `${option.value} (${counts[option.value] || 0})`;
    }
    $("#filter-type").title = dedup
      ? "counts: events, copies in syndicated articles once (as the table shows them)"
      : "counts: table rows, copies in syndicated articles included (as the table shows them)";
  }

  async function loadActorNames() {
    try {
      const page = await api("/api/actors", { limit: 500 });
      $("#actor-names").replaceChildren(...page.items.map((a) => el("option", { value: a.name })));
    } catch (error) {
      /* suggestions are a convenience */
    }
  }

  // -- header ----------------------------------------------------------------------------

  async function loadOverview() {
    const overview = await api("/api/overview");
    const span = overview.first_date ? `, ${overview.first_date} to ${overview.last_date}` : "";
    $("#overview").textContent =
      `${overview.articles} articles · ${overview.unique_events} events ` +
      `(${overview.events} mentions) · ${overview.clusters} clusters${span}`;
    return overview;
  }

  async function loadStatus() {
    try {
      const status = await api("/api/status");
      const node = $("#snapshot");
      node.classList.toggle("stale", status.stale);
      const taken = (status.snapshot_taken || "").replace("T", " ").slice(0, 19);
      node.textContent = status.stale
        ? `A run is writing the store; showing data as of ${taken} UTC.`
        : status.ready ? `snapshot of ${taken} UTC` : status.message;
    } catch (error) {
      $("#snapshot").textContent = String(error.message);
    }
  }

  // -- tabs ------------------------------------------------------------------------------

  function selectTab(name) {
    state.tab = name;
    for (const tab of document.querySelectorAll("[role=tab]")) {
      const on = tab.id === `tab-${name}`;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      $(`#${tab.getAttribute("aria-controls")}`).hidden = !on;
    }
    writeUrl();
    refreshTab();
  }

  function refreshTab() {
    const loaders = { events: loadEvents, timeline: loadTimeline, network: loadNetwork, map: loadMap };
    const loader = loaders[state.tab];
    if (loader && state.stale.has(state.tab)) {
      state.stale.delete(state.tab);
      loader();
    }
  }

  // -- evidence and spans ----------------------------------------------------------------

  /** The sentence with its marks (offsets relative to the sentence) as highlighted text;
   * where marks overlap (a trigger inside a long source), the piece carries both. */
  function highlighted(text, marks) {
    const inside = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
    const cuts = [...new Set([0, text.length, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      const roles = inside.filter((m) => m.start <= a && m.end >= b).map((m) => m.role);
      const piece = text.slice(a, b);
      if (!roles.length) out.push(piece);
      else out.push(el("span", { class: ["mark", ...roles.map((r) => `mark-${r}`)].join(" "), title: roles.join(", ") }, piece));
    }
    return out;
  }

  function rowMarks(row) {
    const base = row.sentence_start || 0;
    const marks = [];
    for (const role of ["trigger", "source", "target"]) {
      const start = row[`${role}_start`];
      const end = row[`${role}_end`];
      if (start === null || end === null || start < base || end > row.sentence_end) continue;
      marks.push({ role, start: start - base, end: end - base });
    }
    return marks;
  }

  /** The article text with every span marked; overlapping spans nest as classes. */
  function markedText(text, spans, focusRef) {
    const cuts = new Set([0, text.length]);
    for (const span of spans) {
      cuts.add(Math.max(0, Math.min(text.length, span.start)));
      cuts.add(Math.max(0, Math.min(text.length, span.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    let focusNode = null;
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [a, b] = [points[i], points[i + 1]];
      const active = spans.filter((s) => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (!active.length) {
        fragment.append(piece);
        continue;
      }
      const kinds = [...new Set(active.map((s) => s.kind))];
      const focused = focusRef && active.some((s) => s.kind === "trigger" && (s.ref || "").split(" ").includes(focusRef));
      const node = el("span", {
        class: ["s", ...kinds.map((k) => `s-${k}`), focused ? "s-focus" : ""].join(" ").trim(),
        title: active.map((s) => `${s.kind}: ${s.label}`).join("\n"),
        "data-kinds": kinds.join(" "),
      }, piece);
      if (focused && !focusNode) focusNode = node;
      fragment.append(node);
    }
    return { fragment, focusNode };
  }

  function fillSpanLegends() {
    for (const legend of document.querySelectorAll(".span-legend")) {
      legend.replaceChildren(...SPAN_KINDS.map(([kind, label]) => el("span", { class: `s s-${kind}` }, label)));
    }
  }

  function typeChip(type) {
    return el("span", { class: "type-chip", style: `background:${TYPE_COLORS[type] || "#777"}` }, type);
  }

  function party(name, country, sector) {
    if (!name) return el("span", { class: "muted" }, "–");
    const codes = [country, sector].filter(Boolean).join(" ");
    return [name, codes ? el("div", { class: "code" }, codes) : null];
  }

  // -- events table ----------------------------------------------------------------------

  /* Requests for one view can overlap (a filter changed while the last answer was on its
   * way) and answer out of order: only the latest request of a view may draw it, or an
   * older answer would show what filters no longer set select. */
  const latestRequest = {};
  function ticket(view) {
    latestRequest[view] = (latestRequest[view] || 0) + 1;
    return latestRequest[view];
  }
  function stale(view, request) {
    return latestRequest[view] !== request;
  }

  async function loadEvents() {
    const tbody = $("#events-table tbody");
    const params = { ...state.filters, limit: PAGE, offset: state.offset, dedup: $("#events-dedup").checked, sort: "-date" };
    const request = ticket("events");
    try {
      const page = await api("/api/events", params);
      if (stale("events", request)) return;
      state.total = page.total;
      tbody.replaceChildren(...page.items.map(eventRow));
      const last = Math.min(page.offset + page.items.length, page.total);
      $("#events-count").textContent = page.total
        ? `${page.offset + 1}–${last} of ${page.total} events`
        : "no event matches these filters";
      $("#events-prev").disabled = page.offset === 0;
      $("#events-next").disabled = last >= page.total;
    } catch (error) {
      if (stale("events", request)) return;
      tbody.replaceChildren(el("tr", {}, el("td", { colspan: 7, class: "error" }, String(error.message))));
    }
  }

  function eventRow(row) {
    const date = row.event_date || row.published;
    const tr = el("tr", { "data-event-id": row.event_id },
      el("td", { class: "nowrap" }, date || "–", row.event_date ? null : el("div", { class: "code" }, "published")),
      el("td", {}, typeChip(row.type), row.cameo ? el("div", { class: "code" }, `CAMEO ${row.cameo}`) : null),
      el("td", {}, row.status),
      el("td", {}, party(row.source_name, row.source_country, row.source_sector)),
      el("td", {}, party(row.target_name, row.target_country, row.target_sector)),
      el("td", { class: "evidence" }, highlighted(row.sentence_text || "", rowMarks(row))),
      el("td", {}, row.place_name || "", row.place_country ? el("div", { class: "code" }, row.place_country) : null),
    );
    tr.addEventListener("click", () => {
      if (state.selectedRow) state.selectedRow.classList.remove("selected");
      tr.classList.add("selected");
      state.selectedRow = tr;
      openEvent(row.event_id);
    });
    return tr;
  }

  // -- the article drawer ----------------------------------------------------------------

  async function openEvent(eventId) {
    const drawer = $("#article");
    drawer.hidden = false;
    $("#article-title").textContent = "loading…";
    try {
      const detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
      showArticle(detail.article, eventId, detail);
    } catch (error) {
      $("#article-title").textContent = "";
      showError($("#article-text"), error);
    }
  }

  function showArticle(article, eventId, detail) {
    const file = (article.uri || "").split(/[\\/]/).pop();
    $("#article-title").textContent = article.title || file || article.doc_id;
    const meta = [article.source, article.published, article.url].filter(Boolean).join(" · ");
    const cluster = detail && detail.cluster
      ? ` · told by ${detail.cluster.n_articles} article(s), ${detail.cluster.n_sources} source(s)`
      : "";
    $("#article-meta").textContent = meta + cluster;
    const box = $("#article-evidence");
    if (detail) {
      const event = detail.event;
      box.replaceChildren(
        el("div", {}, typeChip(event.type), " ", event.status, " · ",
          `${event.source_name || "?"} → ${event.target_name || "?"}`,
          event.effective_date ? ` · ${event.effective_date}` : "",
          event.place_name ? ` · ${event.place_name}` : ""),
        el("div", { class: "evidence" }, highlighted(detail.evidence.text, detail.evidence.marks)),
      );
      box.hidden = false;
    } else {
      box.hidden = true;
    }
    const { fragment, focusNode } = markedText(article.text, article.spans, eventId);
    $("#article-text").replaceChildren(fragment);
    const list = $("#article-events");
    list.replaceChildren(...article.events.map((event) => {
      const item = el("li", { class: event.event_id === eventId ? "current" : "" },
        typeChip(event.type), " ",
        `${event.source ? event.source.name : "?"} → ${event.target ? event.target.name : "?"} `,
        el("span", { class: "muted" }, `(${event.status}) “${event.trigger.text}”`));
      if (event.event_id) item.addEventListener("click", () => openEvent(event.event_id));
      return item;
    }));
    if (focusNode) focusNode.scrollIntoView({ block: "nearest" });
  }

  // -- timeline --------------------------------------------------------------------------

  async function loadTimeline() {
    const box = $("#timeline");
    const interval = $("#timeline-interval").value;
    const request = ticket("timeline");
    let data;
    try {
      data = await api("/api/timeseries", { ...state.filters, interval });
    } catch (error) {
      if (!stale("timeline", request)) showError(box, error);
      return;
    }
    if (stale("timeline", request)) return;
    $("#timeline-note").textContent = `${data.total} events` + (data.undated ? `, ${data.undated} without a date left out` : "");
    showDeaths(data, interval);
    if (!data.periods.length) {
      box.replaceChildren(el("p", { class: "empty", text: "no dated event matches these filters" }));
      $("#timeline-legend").replaceChildren();
      return;
    }
    const width = Math.max(box.clientWidth || 960, 480);
    const height = 400;
    const margin = { top: 14, right: 16, bottom: 30, left: 40 };
    const keys = data.series.map((s) => s.type);
    const rows = data.periods.map((period, i) => {
      const row = { period };
      for (const s of data.series) row[s.type] = s.counts[i];
      return row;
    });
    const stacked = d3.stack().keys(keys)(rows);
    const x = d3.scaleBand().domain(data.periods).range([margin.left, width - margin.right]).paddingInner(0.12);
    const top = d3.max(stacked.length ? stacked[stacked.length - 1] : [[0, 0]], (d) => d[1]) || 1;
    const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
    const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("aria-label", "events per period by type");
    const step = Math.max(1, Math.ceil(data.periods.length / 12));
    svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).tickValues(data.periods.filter((_, i) => i % step === 0)).tickSizeOuter(0));
    svg.append("g").attr("transform", `translate(${margin.left},0)`)
      .call(d3.axisLeft(y).ticks(6, "d"))
      .call((g) => g.select(".domain").remove());
    const tooltip = $("#tooltip");
    svg.append("g").selectAll("g").data(stacked).join("g")
      .attr("fill", (d) => TYPE_COLORS[d.key] || "#777")
      .attr("data-type", (d) => d.key)
      .selectAll("rect").data((d) => d.map((v) => Object.assign(v, { key: d.key }))).join("rect")
      .attr("x", (d) => x(d.data.period))
      .attr("y", (d) => y(d[1]))
      .attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
      .attr("width", x.bandwidth())
      .on("mousemove", (event, d) => showTip(event, `${interval} of ${d.data.period}\n${d.key}: ${d.data[d.key]}`))
      .on("mouseleave", () => { tooltip.hidden = true; })
      .on("click", (event, d) => {
        const start = d.data.period;
        const end = periodEnd(start, interval);
        $("#filters").elements.since.value = start;
        $("#filters").elements.until.value = end;
        $("#filters").elements.type.value = d.key;
        applyFilters();
        selectTab("events");
      });
    box.replaceChildren(svg.node());
    $("#timeline-legend").replaceChildren(...data.series.map((s) =>
      el("span", {}, el("i", { style: `background:${TYPE_COLORS[s.type] || "#777"}` }), `${s.type} ${s.total}`)));
  }

  // People killed per period (one toll per coded act), and per country: the events'
  // fatalities as the text states them; "dozens" and other numberless tolls count 0.
  function showDeaths(data, interval) {
    const box = $("#timeline-deaths");
    const tolls = data.fatalities || [];
    const countries = data.fatalities_by_country || [];
    const total = tolls.reduce((a, b) => a + b, 0);
    $("#deaths-note").textContent = countries.length ? `${total} in ${countries.length} ${countries.length === 1 ? "country" : "countries"}` : "";
    if (!countries.length) {
      box.replaceChildren(el("p", { class: "empty", text: "no event with a death toll matches these filters" }));
      $("#deaths-table").replaceChildren();
      return;
    }
    const width = Math.max(box.clientWidth || 960, 480);
    const height = 180;
    const margin = { top: 10, right: 16, bottom: 26, left: 40 };
    const x = d3.scaleBand().domain(data.periods).range([margin.left, width - margin.right]).paddingInner(0.12);
    const y = d3.scaleLinear().domain([0, d3.max(tolls) || 1]).nice().range([height - margin.bottom, margin.top]);
    const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("aria-label", `people killed per ${interval}`);
    const step = Math.max(1, Math.ceil(data.periods.length / 12));
    svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).tickValues(data.periods.filter((_, i) => i % step === 0)).tickSizeOuter(0));
    svg.append("g").attr("transform", `translate(${margin.left},0)`)
      .call(d3.axisLeft(y).ticks(4, "d"))
      .call((g) => g.select(".domain").remove());
    const rows = data.periods.map((period, i) => ({ period, dead: tolls[i] }));
    svg.append("g").attr("fill", TYPE_COLORS.ASSAULT).selectAll("rect").data(rows.filter((d) => d.dead > 0)).join("rect")
      .attr("class", "deaths")
      .attr("data-period", (d) => d.period)
      .attr("data-dead", (d) => d.dead)
      .attr("x", (d) => x(d.period))
      .attr("y", (d) => y(d.dead))
      .attr("height", (d) => Math.max(0, y(0) - y(d.dead)))
      .attr("width", x.bandwidth())
      .on("mousemove", (event, d) => showTip(event, `${interval} of ${d.period}\n${d.dead} killed`))
      .on("mouseleave", () => { $("#tooltip").hidden = true; });
    box.replaceChildren(svg.node());
    const head = el("thead", {}, el("tr", {}, el("th", { text: "country" }), el("th", { text: "killed" }),
      el("th", { text: `by ${interval}` })));
    const body = el("tbody", {}, ...countries.map((c) => el("tr", { "data-country": c.country },
      el("td", { text: c.country }),
      el("td", { class: "dead", text: String(c.total) }),
      el("td", { text: data.periods.map((p, i) => (c.counts[i] ? `${p}: ${c.counts[i]}` : null)).filter(Boolean).join(", ") || "none" }))));
    $("#deaths-table").replaceChildren(head, body);
  }

  function periodEnd(start, interval) {
    const date = new Date(`${start}T00:00:00Z`);
    if (interval === "month") date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCDate(date.getUTCDate() + (interval === "week" ? 7 : 1));
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
  }

  function showTip(event, text) {
    const tooltip = $("#tooltip");
    tooltip.textContent = text;
    tooltip.style.left = `${event.clientX + 12}px`;
    tooltip.style.top = `${event.clientY + 12}px`;
    tooltip.hidden = false;
  }

  // -- network ---------------------------------------------------------------------------

  let simulation = null;

  async function loadNetwork() {
    const box = $("#network");
    const by = $("#network-by").value;
    const request = ticket("network");
    let data;
    try {
      data = await api("/api/network", { ...state.filters, by, min_weight: $("#network-min").value || 1, max_edges: 250 });
    } catch (error) {
      if (!stale("network", request)) showError(box, error);
      return;
    }
    if (stale("network", request)) return;
    if (simulation) simulation.stop();
    // The busiest nodes only (by event count; the API lists them busiest first), so the
    // labels stay readable; the "Show" control asks for more.
    const top = Number($("#network-top").value) || data.nodes.length;
    const shown = new Set(data.nodes.slice(0, top).map((n) => n.id));
    data = {
      ...data,
      nodes: data.nodes.filter((n) => shown.has(n.id)),
      edges: data.edges.filter((e) => shown.has(e.source) && shown.has(e.target)),
      all: data.nodes.length,
    };
    const what = by === "country" ? "countries" : "actors";
    $("#network-note").textContent =
      `the ${data.nodes.length} ${what} with the most events of ${data.all}, ${data.edges.length} edges` +
      (data.truncated ? " (the strongest only)" : "");
    if (!data.edges.length) {
      box.replaceChildren(el("p", { class: "empty", text: "no event with both a source and a target matches these filters" }));
      return;
    }
    const width = Math.max(box.clientWidth || 960, 480);
    const height = 640;
    const nodes = data.nodes.map((n) => ({ ...n }));
    const links = data.edges.filter((e) => e.source !== e.target).map((e) => ({ ...e }));
    const color = d3.scaleDiverging(d3.interpolateRdBu).domain([-10, 0, 10]);
    const radius = (n) => 4 + Math.sqrt(n.n_events) * 2.2;
    const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("aria-label", "who acts on whom");
    svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -5 10 10")
      .attr("refX", 10).attr("refY", 0).attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
      .append("path").attr("d", "M0,-4L10,0L0,4").attr("fill", "#8a93a6");
    const link = svg.append("g").attr("fill", "none").selectAll("path").data(links).join("path")
      .attr("stroke", (d) => (d.goldstein === null ? "#9aa3b5" : color(d.goldstein)))
      .attr("stroke-opacity", 0.8)
      .attr("stroke-width", (d) => 1 + Math.sqrt(d.weight) * 1.2)
      .attr("marker-end", "url(#arrow)")
      .on("mousemove", (event, d) => showTip(event,
        `${d.source.label} → ${d.target.label}: ${d.weight} event(s)\n` +
        Object.entries(d.types).map(([t, n]) => `${t} ${n}`).join(", ") +
        (d.goldstein === null ? "" : `\nmean Goldstein ${d.goldstein}`)))
      .on("mouseleave", () => { $("#tooltip").hidden = true; });
    const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
      .attr("data-id", (d) => d.id);
    node.append("circle").attr("r", radius).attr("fill", "#3d5a80");
    node.append("text").attr("x", (d) => radius(d) + 3).attr("y", 4).text((d) => d.label);
    node.on("click", (event, d) => {
      if (by === "country" && /^[A-Z]{3}$/.test(d.id)) setFilter("country", d.id);
      else setFilter("actor", d.id);
      selectTab("events");
    }).on("mousemove", (event, d) => showTip(event, `${d.label}${d.country ? ` (${d.country})` : ""}\n${d.n_events} event(s)`))
      .on("mouseleave", () => { $("#tooltip").hidden = true; });
    node.call(d3.drag()
      .on("start", (event, d) => { if (!event.active) simulation.alphaTarget(0.2).restart(); d.fx = d.x; d.fy = d.y; })
      .on("drag", (event, d) => { d.fx = event.x; d.fy = event.y; })
      .on("end", (event, d) => { if (!event.active) simulation.alphaTarget(0); d.fx = null; d.fy = null; }));
    simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).id((d) => d.id).distance(90))
      .force("charge", d3.forceManyBody().strength(-170).distanceMax(260))
      .force("x", d3.forceX(width / 2).strength(0.07))
      .force("y", d3.forceY(height / 2).strength(0.11))
      .force("collide", d3.forceCollide().radius((d) => radius(d) + 4))
      .on("tick", () => {
        for (const d of nodes) {
          d.x = Math.max(12, Math.min(width - 12, d.x));
          d.y = Math.max(12, Math.min(height - 12, d.y));
        }
        link.attr("d", (d) => {
          const dx = d.target.x - d.source.x;
          const dy = d.target.y - d.source.y;
          const length = Math.hypot(dx, dy) || 1;
          const r = radius(d.target) + 2;
          const tx = d.target.x - (dx / length) * r;
          const ty = d.target.y - (dy / length) * r;
          return `M${d.source.x},${d.source.y}L${tx},${ty}`;
        });
        node.attr("transform", (d) => `translate(${d.x},${d.y})`);
      });
    box.replaceChildren(svg.node());
  }

  // -- map -------------------------------------------------------------------------------

  async function loadMap() {
    const box = $("#map");
    const request = ticket("map");
    let points;
    try {
      if (!state.world) state.world = await api("/static/vendor/world-atlas/countries-110m.json");
      points = await api("/api/places", { ...state.filters, limit: 2000 });
    } catch (error) {
      if (!stale("map", request)) showError(box, error);
      return;
    }
    if (stale("map", request)) return;
    const width = Math.max(box.clientWidth || 960, 480);
    const height = Math.round(width * 0.52);
    const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("aria-label", "event places");
    svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    svg.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
    const countries = topojson.feature(state.world, state.world.objects.countries);
    svg.append("g").selectAll("path").data(countries.features).join("path")
      .attr("class", "country").attr("d", path)
      .append("title").text((d) => d.properties.name);
    const size = d3.scaleSqrt().domain([0, d3.max(points, (p) => p.n_events) || 1]).range([0, 18]);
    svg.append("g").selectAll("circle").data(points).join("circle")
      .attr("class", "point")
      .attr("cx", (p) => projection([p.lon, p.lat])[0])
      .attr("cy", (p) => projection([p.lon, p.lat])[1])
      .attr("r", (p) => Math.max(3, size(p.n_events)))
      .on("mousemove", (event, p) => showTip(event,
        `${p.name || "?"}${p.country ? ` (${p.country})` : ""}: ${p.n_events} event(s)\n` +
        Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ")))
      .on("mouseleave", () => { $("#tooltip").hidden = true; })
      .on("click", (event, p) => {
        if (p.country) {
          setFilter("country", p.country);
          selectTab("events");
        }
      });
    // Names on the busiest places (the API lists them busiest first).
    const labelled = points.slice(0, MAP_LABELS).filter((p) => p.name);
    svg.append("g").attr("class", "point-labels").selectAll("text").data(labelled).join("text")
      .attr("x", (p) => projection([p.lon, p.lat])[0] + Math.max(3, size(p.n_events)) + 2)
      .attr("y", (p) => projection([p.lon, p.lat])[1] + 4)
      .text((p) => `${p.name} (${p.n_events})`);
    // A size legend: what a circle's area says.
    const most = d3.max(points, (p) => p.n_events) || 0;
    const steps = [...new Set([1, Math.round(most / 4), most].filter((n) => n >= 1))];
    const legend = svg.append("g").attr("class", "size-legend")
      .attr("transform", `translate(16,${height - 16})`);
    legend.append("text").attr("x", 0).attr("y", -2 * Math.max(3, size(most)) - 10).text("events per place");
    let x = 0;
    for (const n of steps) {
      const r = Math.max(3, size(n));
      legend.append("circle").attr("class", "size-key").attr("cx", x + r).attr("cy", -r).attr("r", r);
      legend.append("text").attr("x", x + 2 * r + 4).attr("y", -r + 4).text(String(n));
      x += 2 * r + 16 + 8 * String(n).length;
    }
    box.replaceChildren(svg.node());
    if (!points.length) box.append(el("p", { class: "empty", text: "no event with a located place matches these filters" }));
  }

  // -- code a text -----------------------------------------------------------------------

  async function codeText(event) {
    event.preventDefault();
    const text = $("#code-text").value;
    if (!text.trim()) return;
    const button = $("#code-run");
    const status = $("#code-status");
    button.disabled = true;
    status.classList.remove("error");
    status.textContent = "coding…";
    const body = { text, content_type: $("#code-format").value };
    if ($("#code-published").value) body.published = $("#code-published").value;
    try {
      const result = await api("/api/code", null, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      showCoded(result);
    } catch (error) {
      status.classList.add("error");
      status.textContent = String(error.message);
      $("#code-result").hidden = true;
    } finally {
      button.disabled = false;
    }
  }

  function showCoded(result) {
    const status = $("#code-status");
    if (result.rejection) {
      status.classList.add("error");
      status.textContent = `not coded: ${result.rejection.reason}: ${result.rejection.detail}`;
      $("#code-result").hidden = true;
      return;
    }
    const article = result.article;
    status.textContent = `coded in ${result.seconds.toFixed(1)} s: ${article.events.length} events, ` +
      `${article.actors.length} actors, ${article.places.length} places, ${article.quotes.length} quotes`;
    const tbody = $("#code-events tbody");
    tbody.replaceChildren(...article.events.map((e, i) => {
      const tr = el("tr", { "data-index": i },
        el("td", { class: "nowrap" }, e.date || "–"),
        el("td", {}, typeChip(e.type), e.cameo ? el("div", { class: "code" }, `CAMEO ${e.cameo}`) : null),
        el("td", {}, e.status),
        el("td", {}, e.source ? party(e.source.name, e.source.country, e.source.sector) : party(null)),
        el("td", {}, e.target ? party(e.target.name, e.target.country, e.target.sector) : party(null)),
        el("td", { class: "evidence" }, highlighted(e.evidence.text, e.evidence.marks)),
        el("td", {}, e.place ? e.place.name : ""),
      );
      tr.addEventListener("click", () => {
        const { fragment, focusNode } = markedText(article.text, article.spans, `E${i}`);
        $("#code-article").replaceChildren(fragment);
        if (focusNode) focusNode.scrollIntoView({ block: "center" });
      });
      return tr;
    }));
    $("#code-article").replaceChildren(markedText(article.text, article.spans, null).fragment);
    $("#code-result").hidden = false;
  }

  // -- start -----------------------------------------------------------------------------

  async function start() {
    fillSpanLegends();
    for (const tab of document.querySelectorAll("[role=tab]")) {
      tab.addEventListener("click", () => selectTab(tab.id.replace("tab-", "")));
    }
    $("#events-prev").addEventListener("click", () => {
      state.offset = Math.max(0, state.offset - PAGE);
      loadEvents();
    });
    $("#events-next").addEventListener("click", () => {
      state.offset += PAGE;
      loadEvents();
    });
    $("#events-dedup").addEventListener("change", () => {
      state.offset = 0;
      labelTypeCounts();
      writeUrl();
      loadEvents();
    });
    $("#network-top").addEventListener("change", loadNetwork);
    $("#timeline-interval").addEventListener("change", loadTimeline);
    $("#network-by").addEventListener("change", loadNetwork);
    $("#network-min").addEventListener("change", loadNetwork);
    $("#article-close").addEventListener("click", () => { $("#article").hidden = true; });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") $("#article").hidden = true;
    });
    $("#code-form").addEventListener("submit", codeText);
    loadStatus();
    setInterval(loadStatus, 15000);
    try {
      const overview = await loadOverview();
      initFilters(overview);
    } catch (error) {
      $("#overview").textContent = String(error.message);
      $("#overview").classList.add("error");
    }
    loadActorNames();
    selectTab(readUrl());
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
