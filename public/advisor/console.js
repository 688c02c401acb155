// Werkloket advisor console: plain JS, no build step. Talks to /advisor/api (JSON, session
// cookie) and listens to /advisor/api/events (Server-Sent Events) for live updates.
(function () {
  'use strict';
  const API = '/advisor/api';
  const $ = (id) => document.getElementById(id);
  const state = { me: null, status: 'waiting', audience: '', list: [], selectedId: null, detail: null, events: null, tick: null };

  // ---- HTTP ---------------------------------------------------------------------------------
  async function api(method, path, body) {
    const res = await fetch(API + path, {
      method,
      credentials: 'same-origin',
      headers: method === 'GET' ? {} : { 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body || {}),
    });
    let data = null;
    try { data = await res.json(); } catch (e) { /* empty body */ }
    if (res.status === 401 && path !== '/login') { showLogin(); }
    if (!res.ok) {
      const error = new Error(explain(res.status, data));
      error.status = res.status;
      error.data = data;
      throw error;
    }
    return data;
  }

  // admin.js talks to the API through the same function (one place for errors and session ends);
  // snippets.js and snippets-admin.js build their elements with el() as well.
  window.WerkloketConsole = { api, el };

  function explain(status, data) {
    const code = data && data.error && data.error.code;
    if (code === 'ALREADY_CLAIMED') return 'Dit gesprek is al overgenomen door ' + ((data.claimedBy && data.claimedBy.name) || 'een andere adviseur') + '.';
    if (code === 'INVALID_CREDENTIALS') return 'Het e-mailadres of wachtwoord klopt niet.';
    if (code === 'RATE_LIMITED') return 'Te veel pogingen. Wacht even en probeer het dan opnieuw.';
    if (code === 'CHAT_FORBIDDEN') return 'Dit gesloten gesprek is alleen te lezen voor wie het had, het team en beheerders.';
    if (code === 'FORBIDDEN_ROLE') return 'Dit mag alleen een beheerder.';
    if (code === 'BAD_COOKIE') return 'Log opnieuw in.';
    if (code === 'NOT_HOLDER') return 'Een andere adviseur heeft dit gesprek.';
    if (code === 'NOT_CLAIMED') return 'Neem het gesprek eerst over.';
    if (code === 'HANDOFF_CLOSED') return 'Dit gesprek is al afgesloten.';
    if (code === 'PLACEHOLDER_UNFILLED') return 'Vul eerst de plekken met [invullen: …] in.';
    if (code === 'SEEKER_UNREACHABLE') return 'Het bericht kon niet worden bezorgd.';
    return (data && data.error && data.error.message) || 'Er ging iets mis (' + status + ').';
  }

  // ---- Views --------------------------------------------------------------------------------
  function showLogin() {
    state.me = null;
    if (state.events) { state.events.close(); state.events = null; }
    document.dispatchEvent(new CustomEvent('werkloket:session', { detail: null }));
    $('console-view').hidden = true;
    $('who').hidden = true;
    $('login-view').hidden = false;
    $('login-email').focus();
  }

  async function showConsole(me) {
    state.me = me;
    $('who-name').textContent = me.name;
    $('who-role').hidden = me.role !== 'admin';
    $('who').hidden = false;
    $('login-view').hidden = true;
    $('console-view').hidden = false;
    connectEvents();
    // The admin section (admin.js) shows itself for admins.
    document.dispatchEvent(new CustomEvent('werkloket:session', { detail: me }));
    await Promise.all([loadList(), loadStats()]);
    if (!state.tick) state.tick = setInterval(renderList, 15000);
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  const PRIORITY = { crisis: 'CRISIS', urgent: 'Urgent', high: 'Hoog', normal: 'Normaal' };
  const CHANNEL = { directline: 'Website', msteams: 'Teams', whatsapp: 'WhatsApp', emulator: 'Emulator', webchat: 'Web Chat' };
  const OUTCOME = { 'back-to-bot': 'Terug naar de bot (adviseur)', 'seeker-back-to-bot': 'Terug naar de bot (werkzoekende)', erased: 'Gegevens verwijderd (werkzoekende)', 'chat-ended': 'Gesprek afgesloten (werkzoekende)' };
  const SENDER = { seeker: 'Werkzoekende', bot: 'Werkloket', advisor: 'Adviseur', system: 'Werkloket' };

  function minutesSince(iso) {
    return Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60000));
  }
  function waitLabel(h) {
    if (h.status === 'waiting') return 'wacht ' + minutesSince(h.waitingSince) + ' min';
    if (h.status === 'active') return 'bij ' + (h.claimedBy ? h.claimedBy.name : '?');
    return OUTCOME[h.outcome] || h.outcome || 'gesloten';
  }
  function time(iso) {
    return new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
  }

  function renderList() {
    const list = $('handoff-list');
    list.replaceChildren();
    for (const h of state.list) {
      // A crisis (suicide, acute danger) is first in the list (the server sorts it so) and stands out.
      const classes = [h.id === state.selectedId ? 'selected' : '', h.priorityName === 'crisis' ? 'crisis' : ''].filter(Boolean).join(' ');
      const item = el('li', { 'data-id': h.id, class: classes, tabindex: '0' }, [
        el('div', { class: 'row' }, [
          el('span', {}, [
            el('span', { class: 'badge ' + h.priorityName, text: PRIORITY[h.priorityName] || h.priorityName }),
            ...(h.audience === 'employer' ? [document.createTextNode(' '), el('span', { class: 'badge employer', text: 'Werkgever' })] : []),
            document.createTextNode(' ' + (CHANNEL[h.channel] || h.channel)),
          ]),
          el('span', { class: 'wait', text: waitLabel(h) }),
        ]),
        el('div', { class: 'summary', text: h.summary }),
      ]);
      item.addEventListener('click', () => select(h.id));
      item.addEventListener('keydown', (e) => { if (e.key === 'Enter') select(h.id); });
      list.appendChild(item);
    }
    $('list-empty').hidden = state.list.length > 0;
    $('list-empty').textContent = state.status === 'waiting' ? 'Er wacht nu niemand.' : 'Geen gesprekken.';
  }

  async function loadList() {
    state.list = await api('GET', '/handoffs?status=' + state.status + (state.audience ? '&audience=' + state.audience : ''));
    renderList();
  }

  async function select(id) {
    state.selectedId = id;
    renderList();
    await loadDetail();
  }

  async function loadDetail() {
    if (!state.selectedId) return;
    try {
      state.detail = await api('GET', '/handoffs/' + encodeURIComponent(state.selectedId));
      renderDetail();
    } catch (e) {
      $('detail-error').textContent = e.message;
    }
  }

  function renderDetail() {
    const d = state.detail;
    $('detail-empty').hidden = true;
    $('detail-body').hidden = false;
    const mine = d.status === 'active' && d.claimedBy && state.me && d.claimedBy.id === state.me.id;
    $('detail-title').textContent = (d.audience === 'employer' ? 'Werkgever · ' : '') + (CHANNEL[d.channel] || d.channel) + (d.maskedPhone ? ' ' + d.maskedPhone : '') + ' · ' + PRIORITY[d.priorityName];
    $('detail-meta').textContent = 'Sinds ' + time(d.waitingSince) + ' · ' + waitLabel(d) + (d.position ? ' · plaats ' + d.position + ' in de wachtrij' : '');
    $('detail-summary').textContent = d.summary;
    const contact = d.contact && d.contact.step === 'done' ? 'Wil teruggebeld of gemaild worden (met toestemming): ' + d.contact.value : '';
    $('detail-contact').textContent = contact;
    $('detail-contact').hidden = !contact;
    $('claim').hidden = d.status !== 'waiting';
    $('release').hidden = !(mine || d.status === 'waiting');
    $('message-form').hidden = !mine;
    $('close-form').hidden = !(mine || d.status === 'waiting');

    const transcript = $('transcript');
    transcript.replaceChildren();
    for (const line of d.transcript.filter((l) => l.type === 'message' && l.text)) {
      transcript.appendChild(el('li', { class: line.sender }, [el('span', { class: 'who', text: (SENDER[line.sender] || line.sender) + ' · ' + time(line.createdAt) }), document.createTextNode(line.text)]));
    }
    transcript.scrollTop = transcript.scrollHeight;

    const profile = $('profile');
    profile.replaceChildren();
    // Labelled Dutch lines made by the server from the versioned profile schema (profileView.ts).
    const lines = d.profile ? d.profile.lines : [];
    if (!lines.length) profile.appendChild(el('dd', { class: 'muted', text: 'Nog geen profiel.' }));
    for (const line of lines) profile.append(el('dt', { text: line.label }), el('dd', { text: line.value }));

    renderProposals(d, mine || d.status === 'closed' || (state.me && state.me.role === 'admin'));

    const notes = $('notes');
    notes.replaceChildren();
    for (const n of d.notes) notes.appendChild(el('li', { text: n.text + ' — ' + (n.advisor ? n.advisor.name : '') + ', ' + time(n.createdAt) }));
    // snippets.js (canned answers in the reply box) follows the chat on screen.
    document.dispatchEvent(new CustomEvent('werkloket:detail', { detail: { id: d.id, mine: Boolean(mine) } }));
  }

  // Each proposal with why it was made, its sources by name, and "Past niet" (human oversight):
  // the seeker's overview then says the advisor finds it not fitting, with the reason.
  const fitDrafts = new Map();
  let focusedDraft = null;
  function renderProposals(d, mayMark) {
    const proposals = $('proposals');
    proposals.replaceChildren();
    if (!d.proposals.length) proposals.appendChild(el('li', { class: 'muted none', text: 'Nog geen voorstellen.' }));
    for (const p of d.proposals) {
      const parts = [
        el('strong', { text: p.title }), document.createTextNode(p.provider ? ' – ' + p.provider : ''),
        // Whether the bot showed it to the seeker (in words, not only a colour).
        el('span', { class: p.shownAt ? 'seen badge' : 'seen badge not-shown', text: p.shownAt ? 'gezien door de werkzoekende' : 'niet getoond aan de werkzoekende' }),
        el('p', { class: 'small muted', text: 'Waarom dit voorstel:' }),
        el('ul', { class: 'reasons' }, p.reasons.map((r) => el('li', { text: r }))),
      ];
      if (p.sourceLinks && p.sourceLinks.length) {
        parts.push(el('p', { class: 'small' }, [document.createTextNode('Bron: '), ...p.sourceLinks.map((l, i) => el('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer', text: (i ? ', ' : '') + l.name }))]));
      }
      if (p.notFitting) {
        parts.push(el('p', { class: 'not-fitting', text: 'Past niet (' + (p.markedBy || '') + (p.markedAt ? ', ' + time(p.markedAt) : '') + '): ' + (p.notFittingReason || '') }));
        if (mayMark) parts.push(button('Toch passend', 'secondary fit-undo', () => act(() => markFit(d.id, p.id, { notFitting: false }))));
      } else if (mayMark) {
        const reason = el('input', { type: 'text', class: 'fit-reason', minlength: '3', maxlength: '300', required: '', placeholder: 'Waarom past dit niet? (de werkzoekende leest dit)', 'aria-label': 'Reden: past niet' });
        // A live update re-renders this list: keep what the advisor is typing (and the focus).
        reason.value = fitDrafts.get(p.id) || '';
        reason.addEventListener('input', () => fitDrafts.set(p.id, reason.value));
        if (focusedDraft === p.id) queueMicrotask(() => reason.focus());
        reason.addEventListener('focus', () => (focusedDraft = p.id));
        reason.addEventListener('blur', () => (focusedDraft = focusedDraft === p.id ? null : focusedDraft));
        const form = el('form', { class: 'fit-form inline-form' }, [reason, el('button', { type: 'submit', class: 'secondary', text: 'Past niet' })]);
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          act(async () => {
            await markFit(d.id, p.id, { notFitting: true, reason: reason.value.trim() });
            fitDrafts.delete(p.id);
          });
        });
        parts.push(form);
      }
      proposals.appendChild(el('li', { class: p.notFitting ? 'proposal marked' : 'proposal', 'data-id': p.id }, parts));
    }
  }

  function button(text, className, onClick) {
    const node = el('button', { type: 'button', class: className, text });
    node.addEventListener('click', onClick);
    return node;
  }

  function markFit(handoffId, proposalId, body) {
    return api('POST', '/handoffs/' + encodeURIComponent(handoffId) + '/proposals/' + encodeURIComponent(proposalId) + '/fit', body);
  }

  // ---- Actions ------------------------------------------------------------------------------
  async function act(fn) {
    $('detail-error').textContent = '';
    try {
      await fn();
    } catch (e) {
      $('detail-error').textContent = e.message;
    }
    await Promise.all([loadList(), loadDetail()]);
  }

  // ---- Live events --------------------------------------------------------------------------
  let refreshTimer = null;
  function connectEvents() {
    if (state.events) return;
    const source = new EventSource(API + '/events');
    state.events = source;
    source.addEventListener('ready', () => { $('live-status').textContent = 'Live verbonden.'; });
    // Logged out, expired, new password or disabled (here, elsewhere or by the operator).
    source.addEventListener('session-ended', () => showLogin());
    source.addEventListener('handoff', (e) => {
      const event = JSON.parse(e.data);
      // The seeker erased their data or ended the chat: the advisor who had it open is told why.
      if (event.notice && event.handoffId === state.selectedId) {
        state.selectedId = null;
        state.detail = null;
        $('detail-body').hidden = true;
        $('detail-empty').hidden = false;
        $('detail-empty').textContent = event.notice;
      }
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        loadList().catch(() => undefined);
        loadStats().catch(() => undefined);
        if (event.handoffId === state.selectedId) loadDetail();
      }, 100);
    });
    source.onerror = () => {
      $('live-status').textContent = 'Verbinding verbroken, opnieuw verbinden…';
      // The browser reconnects by itself; after a logout or expiry the check below shows the log-in.
      api('GET', '/me').catch(() => undefined);
    };
  }

  // ---- Dashboard (inline SVG) ---------------------------------------------------------------
  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function columnChart(target, points, alt) {
    const w = 300, h = 120, pad = 18;
    const max = Math.max(1, ...points.map((p) => p.value));
    const chart = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': points.map((p) => p.label + ': ' + p.value).join(', ') });
    const bw = (w - pad) / Math.max(points.length, 1);
    points.forEach((p, i) => {
      const bh = ((h - 2 * pad) * p.value) / max;
      chart.appendChild(svg('rect', { class: alt ? 'bar alt' : 'bar', x: pad + i * bw + 1, y: h - pad - bh, width: Math.max(1, bw - 2), height: bh }));
      if (points.length <= 12 || i % 3 === 0) chart.appendChild(svg('text', { x: pad + i * bw + bw / 2, y: h - 4, 'text-anchor': 'middle' }, p.label));
    });
    chart.appendChild(svg('text', { x: 2, y: pad - 4 }, String(max)));
    target.replaceChildren(chart);
  }

  function barChart(target, rows) {
    if (!rows.length) { target.replaceChildren(el('p', { class: 'muted small', text: 'Nog geen gegevens vandaag.' })); return; }
    const w = 300, row = 20, h = rows.length * row + 4, labelW = 150;
    const max = Math.max(1, ...rows.map((r) => r.value));
    const chart = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': rows.map((r) => r.label + ': ' + r.value).join(', ') });
    rows.forEach((r, i) => {
      const bw = ((w - labelW - 30) * r.value) / max;
      chart.appendChild(svg('text', { x: 0, y: i * row + 14 }, r.label.length > 26 ? r.label.slice(0, 25) + '…' : r.label));
      chart.appendChild(svg('rect', { class: 'bar', x: labelW, y: i * row + 4, width: Math.max(1, bw), height: row - 8 }));
      chart.appendChild(svg('text', { x: labelW + bw + 4, y: i * row + 14 }, String(r.value)));
    });
    target.replaceChildren(chart);
  }

  async function loadStats() {
    const s = await api('GET', '/stats');
    $('fig-waiting').textContent = s.queue.waiting;
    $('fig-active').textContent = s.queue.active;
    $('fig-today').textContent = s.today.handoffs;
    $('fig-wait').textContent = s.today.averageWaitMinutes;
    $('fig-longest').textContent = s.today.longestWaitMinutes;
    $('count-waiting').textContent = s.queue.waiting ? '(' + s.queue.waiting + ')' : '';
    $('count-active').textContent = s.queue.active ? '(' + s.queue.active + ')' : '';
    columnChart($('chart-queue'), s.hours.map((x) => ({ label: String(x.hour), value: x.queueLength })));
    columnChart($('chart-wait'), s.hours.map((x) => ({ label: String(x.hour), value: x.averageWaitMinutes })), true);
    barChart($('chart-outcomes'), s.outcomes.map((o) => ({ label: OUTCOME[o.outcome] || o.outcome, value: o.count })));
    barChart($('chart-options'), s.topOptions.map((o) => ({ label: o.title, value: o.count })));
  }

  // ---- Wiring -------------------------------------------------------------------------------
  document.addEventListener('DOMContentLoaded', async () => {
    $('login-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      $('login-error').textContent = '';
      try {
        const { advisor } = await api('POST', '/login', { email: $('login-email').value, password: $('login-password').value });
        $('login-password').value = '';
        await showConsole(advisor);
      } catch (err) {
        $('login-error').textContent = err.message;
      }
    });
    $('logout').addEventListener('click', async () => {
      await api('POST', '/logout').catch(() => undefined);
      showLogin();
    });
    for (const tab of document.querySelectorAll('.tabs button')) {
      tab.addEventListener('click', async () => {
        state.status = tab.dataset.status;
        for (const t of document.querySelectorAll('.tabs button')) t.setAttribute('aria-selected', String(t === tab));
        await loadList();
      });
    }
    $('audience-filter').addEventListener('change', async (e) => {
      state.audience = e.target.value;
      await loadList();
    });
    $('claim').addEventListener('click', () => act(() => api('POST', '/handoffs/' + encodeURIComponent(state.selectedId) + '/claim')));
    $('release').addEventListener('click', () => act(() => api('POST', '/handoffs/' + encodeURIComponent(state.selectedId) + '/release')));
    $('message-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('message-text').value.trim();
      if (!text) return;
      act(async () => {
        await api('POST', '/handoffs/' + encodeURIComponent(state.selectedId) + '/messages', { text });
        $('message-text').value = '';
      });
    });
    $('message-text').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('message-form').requestSubmit(); }
    });
    $('note-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('note-text').value.trim();
      if (!text) return;
      act(async () => {
        await api('POST', '/handoffs/' + encodeURIComponent(state.selectedId) + '/notes', { text });
        $('note-text').value = '';
      });
    });
    $('close-outcome').addEventListener('change', () => { $('close-other').hidden = $('close-outcome').value !== ''; });
    $('close-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const outcome = $('close-outcome').value || $('close-other').value.trim();
      if (!outcome) { $('detail-error').textContent = 'Kies of typ een uitkomst.'; return; }
      act(() => api('POST', '/handoffs/' + encodeURIComponent(state.selectedId) + '/close', { outcome }));
    });

    try {
      const { advisor } = await api('GET', '/me');
      await showConsole(advisor);
    } catch (e) {
      showLogin();
    }
  });
})();
