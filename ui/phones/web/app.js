// Startdag phone page. No external assets; user text goes into the page with textContent only.
"use strict";
(function () {
  const NL = {
    loading: "Even laden…",
    join_title: "Doe mee",
    join_help: "Zoek je naam en tik erop.",
    search: "Typ je naam",
    anonymous: "Meedoen zonder naam",
    anon_note: "Zonder naam kun je vragen en ideeën insturen. Stemmen, groepen kiezen en aanmelden gaan op naam.",
    pending: "Een andere telefoon gebruikt deze naam al. De begeleider moet het goedkeuren; even geduld.",
    change: "Andere naam",
    anon_who: "Zonder naam",
    offline: "Verbinding weg. We proberen het opnieuw…",
    no_internet: "Zegt je telefoon ‘geen internet’? Dat klopt: dit netwerk heeft geen internet. Kies ‘Verbonden blijven’ (Android) of ‘Gebruik zonder internet’ (iPhone) en kom terug naar deze pagina.",
    look: "Kijk naar het scherm.",
    send: "Versturen",
    sent: "Verstuurd. Dank je!",
    board_col: "Kolom",
    board_text: "Jouw woord of zin",
    question: "Jouw vraag",
    questions: "Vragen tot nu toe",
    dots_left: "Stippen over: ",
    votes_hidden: "De uitslag blijft verborgen tot de begeleider hem laat zien.",
    votes: "stemmen",
    choice: ["1e keus", "2e keus", "3e keus"],
    groups: "De groepen",
    group_no: "Groep",
    none: "— geen —",
    save: "Opslaan",
    saved: "Opgeslagen.",
    no_group: "Je zit nog niet in een groep. Kijk naar het scherm.",
    group_actions: "Acties van je groep",
    new_action: "Nieuwe actie",
    action_title: "Wat gaan jullie doen?",
    action_desc: "Toelichting (mag leeg)",
    edit: "Wijzigen",
    places: (s, c) => c == null ? s + " aangemeld" : s + " van " + c + " plaatsen",
    waiting_n: (n) => n + " op de wachtlijst",
    sign_up: "Aanmelden",
    withdraw: "Afmelden",
    signed: "Aangemeld",
    on_waiting: "Op de wachtlijst",
    full_waitlist: "Vol: aanmelden zet je op de wachtlijst",
    my_map: "Mijn kenniskaart",
    my_map_help: "Hoe goed ben je hierin? Alleen jij en de begeleider zien je eigen antwoorden.",
    levels: ["geen", "basis", "redelijk", "goed", "expert"],
    level: "Niveau",
    goals: "Doel: ",
    wants: "Wil ik leren",
    teaches: "Kan ik uitleggen / leren geven",
    unsaved: (n) => n === 1 ? "1 wijziging nog niet opgeslagen" : n + " wijzigingen nog niet opgeslagen",
    no_map: "Er staat nog geen kenniskaart klaar. Kijk naar het scherm.",
    back: "Terug",
    errors: {
      no_dots_left: "Je stippen zijn op. Haal er eerst één weg.",
      name_required: "Hiervoor moet je meedoen met je naam.",
      too_long: "Te lang: hoogstens 280 tekens.",
      empty: "Typ eerst iets.",
      not_now: "Dat kan nu niet: het programma is verder gegaan.",
      slow_down: "Rustig aan: even wachten en opnieuw proberen.",
      busy: "Het is druk. Probeer het zo nog eens.",
      join_first: "Doe eerst mee (kies je naam).",
      already_signed_up: "Je bent al aangemeld.",
      no_group: "Je zit nog niet in een groep.",
      network: "Geen verbinding. Probeer het zo nog eens.",
      unknown: "Dat bestaat niet (meer). Kijk naar het scherm.",
      other: "Dat lukte niet.",
    },
  };
  const EN = {
    loading: "Loading…",
    join_title: "Join in",
    join_help: "Find your name and tap it.",
    search: "Type your name",
    anonymous: "Join without a name",
    anon_note: "Without a name you can send questions and ideas. Voting, choosing groups and signing up go by name.",
    pending: "Another phone already uses this name. The facilitator has to approve; please wait.",
    change: "Other name",
    anon_who: "Without a name",
    offline: "Connection lost. Trying again…",
    no_internet: "Does your phone say 'no internet'? That is right: this network has no internet. Choose 'Stay connected' (Android) or 'Use without internet' (iPhone) and come back to this page.",
    look: "Look at the screen.",
    send: "Send",
    sent: "Sent. Thank you!",
    board_col: "Column",
    board_text: "Your word or sentence",
    question: "Your question",
    questions: "Questions so far",
    dots_left: "Dots left: ",
    votes_hidden: "The result stays hidden until the facilitator shows it.",
    votes: "votes",
    choice: ["1st choice", "2nd choice", "3rd choice"],
    groups: "The groups",
    group_no: "Group",
    none: "— none —",
    save: "Save",
    saved: "Saved.",
    no_group: "You are not in a group yet. Look at the screen.",
    group_actions: "Your group's actions",
    new_action: "New action",
    action_title: "What will you do?",
    action_desc: "Details (may be empty)",
    edit: "Edit",
    places: (s, c) => c == null ? s + " signed up" : s + " of " + c + " places",
    waiting_n: (n) => n + " on the waiting list",
    sign_up: "Sign up",
    withdraw: "Withdraw",
    signed: "Signed up",
    on_waiting: "On the waiting list",
    full_waitlist: "Full: signing up puts you on the waiting list",
    my_map: "My expertise",
    my_map_help: "How good are you at this? Only you and the facilitator see your own answers.",
    levels: ["none", "basic", "fair", "good", "expert"],
    level: "Level",
    goals: "Goal: ",
    wants: "I want to learn this",
    teaches: "I can explain / teach this",
    unsaved: (n) => n === 1 ? "1 change not saved yet" : n + " changes not saved yet",
    no_map: "There is no expertise map yet. Look at the screen.",
    back: "Back",
    errors: {
      no_dots_left: "Your dots are used up. Take one away first.",
      name_required: "For this you need to join with your name.",
      too_long: "Too long: 280 characters at most.",
      empty: "Type something first.",
      not_now: "Not now: the programme has moved on.",
      slow_down: "Slow down: wait a moment and try again.",
      busy: "It is busy. Try again in a moment.",
      join_first: "Join first (pick your name).",
      already_signed_up: "You are already signed up.",
      no_group: "You are not in a group yet.",
      network: "No connection. Try again in a moment.",
      unknown: "That does not exist (any more). Look at the screen.",
      other: "That did not work.",
    },
  };
  const langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "nl"];
  const T = String(langs[0] || "nl").toLowerCase().startsWith("nl") ? NL : EN;
  document.documentElement.lang = T === NL ? "nl" : "en";

  const MAX = 280;
  let state = {};
  let me = null;
  let people = [];
  let choosing = false;       // showing the name list again
  let drafts = {};            // text typed but not sent survives a re-render
  let boardColumn = null;
  let editing = null;
  let selfView = false;       // the self-rating opened from its button (outside its step)
  let selfDraft = {};         // competence id -> the changes not saved yet

  // ---------------------------------------------------------------- tiny DOM helpers (no innerHTML)
  function el(tag, props, ...kids) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (k === "text") node.textContent = v;
        else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
        else if (k === "attrs") for (const [a, b] of Object.entries(v)) node.setAttribute(a, b);
        else node[k] = v;
      }
    }
    for (const kid of kids) if (kid) node.appendChild(kid);
    return node;
  }
  const $ = (id) => document.getElementById(id);
  function items(name) {
    const sec = state[name];
    if (!sec) return [];
    return Object.entries(sec.items).map(([id, v]) => Object.assign({ id: Number(id) }, v))
      .sort((a, b) => (a.pos - b.pos) || (a.id - b.id));
  }
  function meta(name) { return (state[name] && state[name].meta) || {}; }
  function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }

  let toastTimer = null;
  function toast(text) {
    const t = $("toast");
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { t.hidden = true; }, 3500);
  }
  function errorText(answer) {
    const code = answer && answer.error;
    return T.errors[code] || T.errors.other;
  }

  // ---------------------------------------------------------------- talking to the laptop
  function rid() {
    const b = new Uint8Array(12);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  }
  async function post(op, data) {
    const body = JSON.stringify({ rid: rid(), data: data || {} });
    for (let attempt = 0; attempt < 3; attempt++) {   // a retry reuses the request id
      try {
        const r = await fetch("api/" + op, {
          method: "POST", credentials: "same-origin", cache: "no-store",
          headers: { "Content-Type": "application/json" }, body,
        });
        let answer = {};
        try { answer = await r.json(); } catch (e) { answer = {}; }
        if (r.status === 503 && answer.error === "busy" && attempt < 2) continue;
        return { ok: r.ok, status: r.status, answer };
      } catch (e) {
        await new Promise((res) => setTimeout(res, 600 * (attempt + 1)));
      }
    }
    return { ok: false, status: 0, answer: { error: "network" } };
  }
  async function act(op, data, okText) {
    const res = await post(op, data);
    if (!res.ok) toast(errorText(res.answer));
    else if (okText) toast(okText);
    return res;
  }

  function applyDelta(sections) {
    for (const [name, ch] of Object.entries(sections)) {
      if (ch.reset || !state[name]) state[name] = { meta: ch.meta || {}, items: {} };
      const sec = state[name];
      if (ch.meta) sec.meta = ch.meta;
      if (ch.set) Object.assign(sec.items, ch.set);
      if (ch.del) for (const k of ch.del) delete sec.items[k];
    }
  }

  function connect() {
    const es = new EventSource("api/events");
    es.addEventListener("snapshot", (e) => {
      const d = JSON.parse(e.data);
      state = d.state || {};
      me = d.me;
      $("offline").hidden = true;
      render();
    });
    es.addEventListener("delta", (e) => { applyDelta(JSON.parse(e.data).sections); render(); });
    es.addEventListener("me", (e) => { me = JSON.parse(e.data); render(); });
    es.onerror = () => {
      const o = $("offline");
      o.textContent = T.offline;
      o.hidden = false;
      // the browser retries by itself after a dropped connection, not after an error answer
      if (es.readyState === EventSource.CLOSED) setTimeout(connect, 3000);
    };
  }

  // ---------------------------------------------------------------- rendering
  function keepFocus(fn) {
    const a = document.activeElement;
    const id = a && a.id;
    const pos = a && typeof a.selectionStart === "number" ? a.selectionStart : null;
    fn();
    if (id && $(id)) {
      const n = $(id);
      n.focus();
      if (pos !== null && typeof n.setSelectionRange === "function") n.setSelectionRange(pos, pos);
    }
  }

  function render() {
    keepFocus(() => {
      const app = $("app");
      app.replaceChildren();
      const step = meta("step");
      const who = $("who");
      const change = $("change");
      change.textContent = T.change;
      if (!me || choosing || me.pending) {
        who.textContent = "Startdag";
        change.hidden = true;
        renderJoin(app, step);
        return;
      }
      who.textContent = me.named ? me.name : T.anon_who;
      change.hidden = false;
      const offers = step.offers || "";
      const named = me.named;
      if (offers !== "selfrate" && selfView && named && me.expertise) { renderSelfRate(app, true); return; }
      app.appendChild(el("h1", { text: step.title || "Startdag" }));
      if (step.instructions) app.appendChild(el("p", { className: "muted", text: step.instructions }));
      if (offers === "selfrate") named ? renderSelfRate(app, false) : needName(app);
      else if (offers === "board") renderBoard(app);
      else if (offers === "questions") renderQuestions(app);
      else if (offers === "vote") named ? renderVote(app) : needName(app);
      else if (offers === "groups") named ? renderGroups(app) : needName(app);
      else if (offers === "actions") named ? renderActions(app) : needName(app);
      else if (offers === "initiatives") named ? renderInitiatives(app) : needName(app);
      else app.appendChild(el("p", { text: T.look }));
      // the way to one's own expertise map at every other step (named phones on the map only)
      if (offers !== "selfrate" && named && me.expertise && items("competences").length) {
        app.appendChild(el("button", { type: "button", className: "secondary wide", id: "open-selfrate",
          text: T.my_map, on: { click: () => { selfView = true; window.scrollTo(0, 0); render(); } } }));
      }
    });
  }

  function needName(app) {
    app.appendChild(el("p", { className: "card", text: T.errors.name_required }));
    app.appendChild(el("button", { className: "wide", text: T.change, on: { click: () => { choosing = true; render(); } } }));
  }

  function renderJoin(app, step) {
    app.appendChild(el("h1", { text: T.join_title }));
    if (me && me.pending) {
      app.appendChild(el("p", { className: "card", text: T.pending }));
      return;
    }
    app.appendChild(el("p", { text: T.join_help }));
    const search = el("input", { type: "search", id: "name-search", placeholder: T.search,
      autocomplete: "off", value: drafts.search || "", attrs: { "aria-label": T.search } });
    const list = el("div", { className: "names", id: "names" });
    const fill = () => {
      drafts.search = search.value;
      const q = fold(search.value.trim());
      list.replaceChildren();
      if (!q) return;
      const hits = people.filter((p) => fold(p.name).split(/\s+/).some((w) => w.startsWith(q)) || fold(p.name).includes(q)).slice(0, 8);
      for (const p of hits) {
        list.appendChild(el("button", { type: "button", text: p.name, on: { click: async () => {
          const res = await act("join", { participant_id: p.id });
          if (res.ok) { choosing = false; drafts.search = ""; if (res.answer.joined === "pending") toast(T.pending); }
        } } }));
      }
    };
    search.addEventListener("input", fill);
    app.appendChild(search);
    app.appendChild(list);
    fill();
    if (step.anonymous) {
      app.appendChild(el("button", { className: "secondary wide", id: "anon", text: T.anonymous, on: { click: async () => {
        const res = await act("join", {});
        if (res.ok) { choosing = false; render(); }
      } } }));
      app.appendChild(el("p", { className: "muted", text: T.anon_note }));
    }
    app.appendChild(el("p", { className: "muted", text: T.no_internet }));
  }

  function textForm(app, key, label, op, extra, onSent) {
    const area = el("textarea", { id: "text-" + key, maxLength: MAX, value: drafts[key] || "", attrs: { "aria-label": label } });
    const counter = el("div", { className: "counter", text: (drafts[key] || "").length + "/" + MAX });
    area.addEventListener("input", () => { drafts[key] = area.value; counter.textContent = area.value.length + "/" + MAX; });
    const button = el("button", { className: "wide", id: "send-" + key, text: T.send, on: { click: async () => {
      const text = area.value.trim();
      if (!text) { toast(T.errors.empty); return; }
      button.disabled = true;
      const res = await act(op, Object.assign({ text }, extra()), T.sent);
      button.disabled = false;
      if (res.ok) { drafts[key] = ""; if (onSent) onSent(); render(); }
    } } });
    app.appendChild(el("label", { text: label, htmlFor: "text-" + key }));
    app.appendChild(area);
    app.appendChild(counter);
    app.appendChild(button);
  }

  function renderBoard(app) {
    const cols = meta("board").columns || [];
    if (!cols.length) { app.appendChild(el("p", { text: T.look })); return; }
    if (!cols.some((c) => c.id === boardColumn)) boardColumn = cols[0].id;
    const tabs = el("div", { className: "tabs", attrs: { role: "group", "aria-label": T.board_col } });
    for (const c of cols) {
      tabs.appendChild(el("button", { type: "button", text: c.title, attrs: { "aria-pressed": String(c.id === boardColumn) },
        on: { click: () => { boardColumn = c.id; render(); } } }));
    }
    app.appendChild(tabs);
    textForm(app, "board", T.board_text, "add_item", () => ({ column_id: boardColumn }));
    for (const c of cols) {
      app.appendChild(el("h2", { text: c.title }));
      for (const it of items("board").filter((i) => i.column === c.id)) {
        app.appendChild(el("div", { className: "card", text: it.text }));
      }
    }
  }

  function renderQuestions(app) {
    textForm(app, "question", T.question, "add_question", () => ({}));
    app.appendChild(el("h2", { text: T.questions }));
    const list = el("div", { id: "question-list" });
    for (const q of items("questions")) list.appendChild(el("div", { className: "card question", text: q.text }));
    app.appendChild(list);
  }

  function renderVote(app) {
    const m = meta("questions");
    app.appendChild(el("p", { className: "card", id: "dots-left", text: T.dots_left + me.left + " / " + (m.dots || 0) }));
    if (m.hidden) app.appendChild(el("p", { className: "muted", text: T.votes_hidden }));
    for (const q of items("questions")) {
      const mine = (me.dots && me.dots[String(q.id)]) || 0;
      const row = el("div", { className: "card row vote", attrs: { "data-id": String(q.id) } },
        el("div", { className: "grow" }, el("div", { text: q.text }),
          q.total != null ? el("div", { className: "muted", text: q.total + " " + T.votes }) : null),
        el("div", { className: "dots" },
          el("button", { type: "button", className: "secondary minus", text: "−", disabled: mine === 0,
            attrs: { "aria-label": "−" }, on: { click: () => act("dot", { question_id: q.id, delta: -1 }) } }),
          el("span", { className: "count", text: String(mine) }),
          el("button", { type: "button", className: "plus", text: "+", attrs: { "aria-label": "+" },
            on: { click: () => act("dot", { question_id: q.id, delta: 1 }) } })));
      app.appendChild(row);
    }
  }

  function renderGroups(app) {
    const gs = items("groups");
    if (!gs.length) { app.appendChild(el("p", { text: T.look })); return; }
    const current = me.choices || [];
    const selects = [];
    for (let i = 0; i < 3; i++) {
      const s = el("select", { id: "choice-" + (i + 1) });
      s.appendChild(el("option", { value: "", text: T.none }));
      for (const g of gs) s.appendChild(el("option", { value: String(g.id), text: g.n + ". " + g.name, selected: current[i] === g.id }));
      app.appendChild(el("label", { text: T.choice[i], htmlFor: s.id }));
      app.appendChild(s);
      selects.push(s);
    }
    app.appendChild(el("button", { className: "wide", id: "save-choices", text: T.save, on: { click: () => {
      const ids = selects.map((s) => (s.value ? Number(s.value) : null));
      act("choices", { group_ids: ids }, T.saved);
    } } }));
    app.appendChild(el("h2", { text: T.groups }));
    for (const g of gs) {
      app.appendChild(el("div", { className: "card group" },
        el("span", { className: "num", text: String(g.n), attrs: { "aria-label": T.group_no + " " + g.n } }),
        el("div", {}, el("strong", { text: g.name }),
          g.question && g.question !== g.name ? el("div", { className: "muted", text: g.question }) : null)));
    }
  }

  function renderActions(app) {
    if (me.group == null) { app.appendChild(el("p", { className: "card", text: T.no_group })); return; }
    const group = items("groups").find((g) => g.id === me.group);
    if (group) app.appendChild(el("p", { className: "muted", text: group.n + ". " + group.name }));
    app.appendChild(el("h2", { text: editing ? T.edit : T.new_action }));
    const title = el("input", { type: "text", id: "action-title", maxLength: MAX, value: drafts.atitle || "" });
    const desc = el("textarea", { id: "action-desc", maxLength: MAX, value: drafts.adesc || "" });
    title.addEventListener("input", () => { drafts.atitle = title.value; });
    desc.addEventListener("input", () => { drafts.adesc = desc.value; });
    app.appendChild(el("label", { text: T.action_title, htmlFor: "action-title" }));
    app.appendChild(title);
    app.appendChild(el("label", { text: T.action_desc, htmlFor: "action-desc" }));
    app.appendChild(desc);
    app.appendChild(el("button", { className: "wide", id: "save-action", text: T.save, on: { click: async () => {
      const data = { title: title.value, description: desc.value };
      const res = editing ? await act("edit_action", Object.assign({ action_id: editing }, data), T.saved)
        : await act("add_action", data, T.saved);
      if (res.ok) { editing = null; drafts.atitle = drafts.adesc = ""; render(); }
    } } }));
    app.appendChild(el("h2", { text: T.group_actions }));
    for (const a of items("actions").filter((x) => x.group === me.group)) {
      app.appendChild(el("div", { className: "card row" },
        el("div", { className: "grow" }, el("strong", { text: a.title }), el("div", { className: "muted", text: a.description || "" })),
        el("button", { type: "button", className: "secondary", text: T.edit, on: { click: () => {
          editing = a.id; drafts.atitle = a.title; drafts.adesc = a.description || ""; render();
        } } })));
    }
  }

  function renderInitiatives(app) {
    for (const a of items("activities")) {
      const mine = me.signups && me.signups[String(a.id)];
      const full = a.capacity != null && a.signed >= a.capacity;
      const info = T.places(a.signed, a.capacity) + (a.waiting ? " · " + T.waiting_n(a.waiting) : "");
      const status = mine ? el("span", { className: "badge " + (mine === "waiting" ? "wait" : "ok"),
        text: mine === "waiting" ? T.on_waiting : T.signed }) : null;
      const button = mine
        ? el("button", { type: "button", className: "secondary", text: T.withdraw, on: { click: () => act("withdraw", { activity_id: a.id }) } })
        : el("button", { type: "button", text: T.sign_up, on: { click: () => act("signup", { activity_id: a.id }) } });
      app.appendChild(el("div", { className: "card activity", attrs: { "data-id": String(a.id) } },
        el("strong", { text: a.title }),
        a.period ? el("div", { className: "muted", text: a.period }) : null,
        a.description ? el("div", { text: a.description }) : null,
        el("div", { className: "muted places", text: info }),
        (!mine && full) ? el("div", { className: "muted", text: T.full_waitlist }) : null,
        el("div", { className: "row" }, el("div", { className: "grow" }, status), button)));
    }
  }

  function selfValue(cid) {
    const saved = (me.expertise && me.expertise[String(cid)]) || { level: 0, wants: false, teaches: false };
    return Object.assign({}, saved, selfDraft[cid] || {});
  }
  function selfChanges() {
    const out = [];
    const known = new Set(items("competences").map((c) => String(c.id)));
    for (const [cid, draft] of Object.entries(selfDraft)) {
      if (!known.has(cid)) continue;
      const saved = (me.expertise && me.expertise[cid]) || { level: 0, wants: false, teaches: false };
      const item = { competence_id: Number(cid) };
      for (const k of ["level", "wants", "teaches"]) if (k in draft && draft[k] !== saved[k]) item[k] = draft[k];
      if (Object.keys(item).length > 1) out.push(item);
    }
    return out;
  }
  function setSelf(cid, key, value) {
    selfDraft[cid] = Object.assign(selfDraft[cid] || {}, { [key]: value });
    render();
  }

  function renderSelfRate(app, opened) {
    const comps = items("competences");
    if (!me.expertise || !comps.length) { app.appendChild(el("p", { className: "card", text: T.no_map })); return; }
    app.appendChild(el(opened ? "h1" : "h2", { text: T.my_map }));
    app.appendChild(el("p", { className: "muted", text: T.my_map_help }));
    const changes = selfChanges();
    const changed = new Set(changes.map((c) => c.competence_id));
    for (const c of comps) {
      const v = selfValue(c.id);
      const levels = el("div", { className: "levels", attrs: { role: "group", "aria-label": T.level + ": " + c.name } });
      for (let n = 0; n <= 4; n++) {
        levels.appendChild(el("button", { type: "button", id: "level-" + c.id + "-" + n,
          attrs: { "aria-pressed": String(v.level === n), "aria-label": n + " " + T.levels[n] },
          on: { click: () => setSelf(c.id, "level", n) } },
          el("span", { className: "num", text: String(n) }), el("span", { className: "lvl", text: T.levels[n] })));
      }
      const check = (key, label) => {
        const box = el("input", { type: "checkbox", id: key + "-" + c.id, checked: !!v[key],
          on: { change: () => setSelf(c.id, key, box.checked) } });
        return el("label", { className: "check", htmlFor: box.id }, box, el("span", { text: label }));
      };
      app.appendChild(el("div", { className: "card competence" + (changed.has(c.id) ? " changed" : ""),
        attrs: { "data-id": String(c.id) } },
        el("strong", { text: c.name }),
        c.goals && c.goals.length ? el("div", { className: "muted", text: T.goals + c.goals.join(" · ") }) : null,
        levels, check("wants", T.wants), check("teaches", T.teaches)));
    }
    const bar = el("div", { className: "savebar" });
    if (changes.length) bar.appendChild(el("div", { className: "muted", id: "unsaved", text: T.unsaved(changes.length) }));
    const save = el("button", { type: "button", className: "grow", id: "save-selfrate", text: T.save,
      disabled: !changes.length, on: { click: async () => {
        const sent = selfChanges();
        if (!sent.length) return;
        save.disabled = true;
        const res = await act("self_rate", { items: sent }, T.saved);
        if (res.ok) {
          if (res.answer.expertise) me.expertise = res.answer.expertise;
          selfDraft = {};
        }
        render();
      } } });
    const buttons = el("div", { className: "row" });
    if (opened) {
      buttons.appendChild(el("button", { type: "button", className: "secondary", id: "close-selfrate", text: T.back,
        on: { click: () => { selfView = false; window.scrollTo(0, 0); render(); } } }));
    }
    buttons.appendChild(save);
    bar.appendChild(buttons);
    app.appendChild(bar);
  }

  // ---------------------------------------------------------------- start
  $("loading").textContent = T.loading;
  $("change").addEventListener("click", () => { choosing = true; render(); });
  fetch("api/people", { credentials: "same-origin", cache: "no-store" })
    .then((r) => r.json()).then((d) => { people = d.people || []; render(); })
    .catch(() => {});
  connect();
})();
