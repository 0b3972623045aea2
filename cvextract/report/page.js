// The batch report page: everything is built from the JSON blocks with textContent (never
// innerHTML), so text from a CV or a model answer is shown, never run. Rows are built 200 at a
// time as they scroll into view; a CV's changes are parsed and rendered when its row is opened.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("batch-data").textContent);
  let changes = null;
  const allChanges = () => changes || (changes = JSON.parse(document.getElementById("cv-changes").textContent));
  const STATUSES = data.statuses;  // index -> "done" | "failed" | "up to date" | "not run"
  const PAGE = 200;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value; else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const cls = (status) => status.replace(/ /g, "-");
  const seconds = (s) => s >= 120 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`;
  const href = (dir, rel, suffix) => dir + "/" + rel.split("/").map(encodeURIComponent).join("/") + suffix;

  // --- summary -------------------------------------------------------------------------------
  const counts = {};
  for (const s of STATUSES) counts[s] = 0;
  for (const cv of data.cvs) counts[STATUSES[cv.s]]++;
  const state = { status: null, query: "" };
  const countButtons = el("div", { class: "counts", id: "counts" });
  const filterBy = (status) => { state.status = status; update(); };
  countButtons.append(el("button", { "data-status": "", "aria-pressed": "true" }, el("b", {}, data.cvs.length), "all CVs"));
  for (const s of STATUSES) {
    if (!counts[s] && s === "not run") continue;
    countButtons.append(el("button", { class: cls(s), "data-status": s, "aria-pressed": "false" }, el("b", {}, counts[s]), s));
  }
  countButtons.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (button) filterBy(button.dataset.status || null);
  });

  const header = document.getElementById("summary");
  const when = [];
  if (data.started) when.push(`started ${data.started}`);
  if (data.wall_seconds !== null && data.wall_seconds !== undefined) when.push(`wall time ${seconds(data.wall_seconds)}`);
  when.push(`report written ${data.generated}`);
  header.append(el("p", { class: "muted", id: "when" }, when.join(" · ")), countButtons);

  const pairs = (id, rows) => el("dl", { class: "kv", id }, ...rows.flatMap(([key, value]) => [el("dt", {}, key), el("dd", {}, value)]));
  const meta = el("div", { class: "meta-row" },
    el("details", { class: "meta", open: "" }, el("summary", {}, "Configuration"), pairs("config", data.config)));
  if (data.llm) meta.append(el("details", { class: "meta", open: "" }, el("summary", {}, "LLM use"), pairs("llm", data.llm)));
  header.append(meta);

  // --- the table -----------------------------------------------------------------------------
  const search = document.getElementById("search");
  const shownLabel = document.getElementById("shown");
  const tbody = document.getElementById("rows");
  const sentinel = document.getElementById("sentinel");
  let filtered = [], shown = 0;

  function update() {
    for (const button of countButtons.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", String((button.dataset.status || null) === state.status));
    }
    const query = state.query.trim().toLowerCase();
    filtered = data.cvs.filter((cv) => (state.status === null || STATUSES[cv.s] === state.status)
      && (!query || (cv.lower || (cv.lower = cv.n.toLowerCase())).includes(query)));
    tbody.replaceChildren();
    shown = 0;
    more();
    shownLabel.textContent = `${filtered.length} of ${data.cvs.length} CVs`;
  }

  function more() {
    const rows = document.createDocumentFragment();
    const end = Math.min(filtered.length, shown + PAGE);
    for (; shown < end; shown++) rows.append(row(filtered[shown]));
    tbody.append(rows);
  }

  function row(cv) {
    const status = STATUSES[cv.s];
    const name = el("td", { class: "name" }, el("span", { class: "cv-name" }, cv.n));
    const tr = el("tr", { class: "cv", "data-name": cv.n, "data-status": status });
    if (cv.x !== undefined) {
      const label = status === "failed" ? "guard verdict" : "what the model changed";
      const toggle = el("button", { class: "toggle", "aria-expanded": "false" }, label);
      toggle.addEventListener("click", () => toggleDetail(tr, cv, toggle));
      name.append(toggle);
    }
    const notes = el("td", { class: "notes" });
    if (cv.c) notes.append(el("div", { class: "cause" }, (cv.f ? cv.f + ": " : "") + cv.c));
    for (const w of cv.w || []) notes.append(el("div", { class: "warning" }, "warning " + w));
    if (cv.e) notes.append(el("div", { class: "muted" }, "read by " + cv.e));
    const times = el("td", { class: "times" },
      data.stages.filter((s) => cv.t && cv.t[s] !== undefined).map((s) => `${s} ${cv.t[s]} ms`).join(" · "));
    if (cv.u && (cv.u.calls || cv.u.cache_hits)) {
      const tokens = (cv.u.prompt_tokens || 0) + (cv.u.completion_tokens || 0);
      times.append(el("div", { class: "muted" }, `LLM: ${cv.u.calls || 0} calls, ${tokens.toLocaleString("en")} tokens`
        + (cv.u.cache_hits ? `, ${cv.u.cache_hits} cached` : "")));
    }
    const links = el("td", { class: "links" });
    for (const [kind, label, dir, suffix] of data.outputs) {
      if (cv.o && cv.o[kind]) links.append(el("a", { href: href(dir, cv.r, suffix) }, label));
    }
    tr.append(name, el("td", {}, el("span", { class: "status " + cls(status) }, status)), notes, times, links);
    return tr;
  }

  function toggleDetail(tr, cv, toggle) {
    const open = tr.nextElementSibling && tr.nextElementSibling.classList.contains("detail");
    if (open) { tr.nextElementSibling.remove(); toggle.setAttribute("aria-expanded", "false"); return; }
    tr.after(el("tr", { class: "detail" }, el("td", { colspan: "5" }, detail(allChanges()[cv.x]))));
    toggle.setAttribute("aria-expanded", "true");
  }

  function marked(text, claims) {
    // text split around each claim, the claims as <mark>
    const escaped = claims.filter((c) => c && text.includes(c)).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (!escaped.length) return [text];
    return text.split(new RegExp("(" + escaped.join("|") + ")")).map((part, i) => (i % 2 ? el("mark", {}, part) : part));
  }

  function detail(entry) {
    const box = el("div", { class: "changes" });
    for (const verdict of entry.guard || []) {
      const g = el("div", { class: "guard" + (verdict.passed ? "" : " rejected") },
        el("b", {}, `Fabrication guard, step ${verdict.step} ${verdict.adjuster} (${verdict.mode}): `
          + (verdict.passed ? "passed" : "rejected the answer")));
      if (!verdict.passed) g.append(el("ul", { class: "invented" }, ...verdict.problems.map((p) => el("li", {}, p))));
      g.append(el("div", { class: "muted" }, "Checked: " + verdict.checked.join("; ")));
      box.append(g);
    }
    for (const step of entry.steps || []) {
      const section = el("div", { class: "step" }, el("h3", {}, step.title));
      if (!step.changes.length) section.append(el("div", { class: "muted" }, "no change"));
      for (const change of step.changes) section.append(render(change));
      box.append(section);
    }
    return box;
  }

  function render(change) {
    const where = el("div", { class: "where" }, change.where);
    if (change.kind === "reverted") {  // the claims check put the source back: what the model wrote, claims marked
      const kept = change.kept === null ? el("i", {}, "dropped (no source text to put back)") : change.kept;
      return el("div", { class: "change reverted" }, where,
        el("div", { class: "text" }, "guard reverted invented " + (change.claims.length > 1 ? "claims: " : "claim: "),
          ...change.claims.flatMap((c, i) => (i ? [", ", el("mark", {}, c)] : [el("mark", {}, c)]))),
        el("div", { class: "side" }, el("div", { class: "wrote" }, ...marked(change.written, change.claims)),
          el("div", { class: "kept" }, kept)));
    }
    if (change.kind === "moved") {
      return el("div", { class: "change moved" }, where,
        el("div", { class: "text" }, `↕ moved “${change.item}” from position ${change.from} to ${change.to}`));
    }
    if (change.kind === "removed" || change.kind === "added") {
      const mark = change.kind === "removed" ? el("del", {}, change.item) : el("ins", {}, change.item);
      return el("div", { class: "change " + change.kind }, where, el("div", { class: "text" }, change.kind + ": ", mark));
    }
    if (change.kind === "diff") {
      const text = el("div", { class: "text diff" });
      for (const [op, words] of change.ops) text.append(op === 0 ? document.createTextNode(words) : el(op < 0 ? "del" : "ins", {}, words));
      return el("div", { class: "change" }, where, text);
    }
    return el("div", { class: "change" }, where,
      el("div", { class: "side" }, el("div", { class: "before" }, change.before), el("div", { class: "after" }, change.after)));
  }

  search.addEventListener("input", () => { state.query = search.value; update(); });
  new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && shown < filtered.length) more();
  }, { rootMargin: "600px" }).observe(sentinel);

  // #status=failed, #cv=<name>: open the report filtered, or on one CV with its changes shown.
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("status") && STATUSES.includes(hash.get("status"))) state.status = hash.get("status");
  if (hash.get("cv")) state.query = search.value = hash.get("cv");
  update();
  if (hash.get("cv")) {
    const first = tbody.querySelector("tr.cv button.toggle");
    if (first) first.click();
  }
  requestAnimationFrame(() => { document.documentElement.dataset.painted = String(performance.now()); });
})();
