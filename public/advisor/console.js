// Werkloket advisor console: session, queue, actions and live events (Server-Sent Events from
// /advisor/api/events). Plain JS, no build step. The other scripts: dom.js (helpers), api.js,
// alerts.js (new-chat tone, notification, title, status region), dialogs.js, keyboard.js
// (shortcuts), typing.js, detail.js (the open chat), dashboard.js; admin.js (accounts, audit log).
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el, labels, waitLabel, isPriority, focusOn } = W.dom;
  const state = { me: null, status: 'waiting', audience: '', list: [], selectedId: null, detail: null, events: null, tick: null, regions: null };
  W.state = state;

  const api = W.api;
  document.addEventListener('werkloket:unauthenticated', () => showLogin());

  // ---- Views --------------------------------------------------------------------------------
  function showLogin() {
    state.me = null;
    if (state.events) { state.events.close(); state.events = null; }
    document.dispatchEvent(new CustomEvent('werkloket:session', { detail: null }));
    $('console-view').hidden = true;
    $('who').hidden = true;
    $('login-view').hidden = false;
    W.alerts.setWaitingCount(0);
    $('login-email').focus();
  }

  async function showConsole(me, focusQueue) {
    state.me = me;
    $('who-name').textContent = me.name;
    $('who-role').hidden = me.role !== 'admin';
    $('who').hidden = false;
    showRegions().catch(() => undefined);
    $('login-view').hidden = true;
    $('console-view').hidden = false;
    connectEvents();
    // The admin section (admin.js) shows itself for admins.
    document.dispatchEvent(new CustomEvent('werkloket:session', { detail: me }));
    await Promise.all([loadList(), W.dashboard.load()]);
    if (!state.tick) state.tick = setInterval(renderList, 15000);
    // A link to one chat (the Teams notice: /advisor#/handoff/<id>) opens it, after the log-in too.
    const linked = /^#\/handoff\/([\w-]+)$/.exec(location.hash);
    if (linked) await select(linked[1], true);
    else if (focusQueue) actions.focusQueue();
  }

  /** Several regions: the header names the team's region; advisors who see all regions see each chat's. */
  async function showRegions() {
    const { regions } = await api('GET', '/me').catch(() => ({}));
    state.regions = regions || null;
    const mine = regions && !regions.all ? regions.mine.map((r) => r.name).join(', ') : '';
    $('who-region').textContent = mine ? 'Regio ' + mine : '';
    $('who-region').hidden = !mine;
    renderList();
  }

  /** The region of a chat, shown only to advisors who see more than one region. */
  function regionLabel(h) {
    const regions = state.regions;
    if (!h.regionId || !regions || !regions.all || Object.keys(regions.names).length < 2) return null;
    return el('span', { class: 'badge region', text: regions.names[h.regionId] || h.regionId });
  }

  // ---- Queue --------------------------------------------------------------------------------
  function queueItem(h) {
    const priority = labels.PRIORITY[h.priorityName] || h.priorityName;
    const classes = ['queue-item', 'priority-' + h.priorityName, isPriority(h) ? 'raised' : ''].filter(Boolean).join(' ');
    const item = el('button', { type: 'button', class: classes, 'data-id': h.id, 'aria-current': h.id === state.selectedId ? 'true' : undefined }, [
      el('span', { class: 'row' }, [
        el('span', {}, [
          el('span', { class: 'sr-only', text: 'Prioriteit ' }),
          el('span', { class: 'badge ' + h.priorityName }, [isPriority(h) ? el('span', { 'aria-hidden': 'true', text: '! ' }) : null, priority]),
          h.audience === 'employer' ? ' ' : null,
          h.audience === 'employer' ? el('span', { class: 'badge employer', text: 'Werkgever' }) : null,
          regionLabel(h) ? ' ' : null,
          regionLabel(h),
          ' ' + (labels.CHANNEL[h.channel] || h.channel),
        ]),
        el('span', { class: 'wait', text: waitLabel(h) }),
      ]),
      el('span', { class: 'summary', text: h.summary }),
    ]);
    item.addEventListener('click', () => select(h.id, true));
    return el('li', { 'data-id': h.id, class: h.priorityName === 'crisis' ? 'crisis' : undefined }, [item]);
  }

  function renderList() {
    const list = $('handoff-list');
    // Re-rendered on every change: keep the focus on the same chat's button.
    const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('.queue-item');
    const focusedId = focused && focused.dataset.id;
    list.replaceChildren(...state.list.map(queueItem));
    if (focusedId) {
      const again = list.querySelector('.queue-item[data-id="' + CSS.escape(focusedId) + '"]');
      if (again) again.focus();
    }
    $('list-empty').hidden = state.list.length > 0;
    $('list-empty').textContent = state.status === 'waiting' ? 'Er wacht nu niemand.' : 'Geen gesprekken.';
  }

  async function loadList() {
    state.list = await api('GET', '/handoffs?status=' + state.status + (state.audience ? '&audience=' + state.audience : ''));
    W.alerts.know(state.list);
    renderList();
  }

  async function showStatus(status) {
    state.status = status;
    for (const t of document.querySelectorAll('.status-filter button')) t.setAttribute('aria-pressed', String(t.dataset.status === status));
    await loadList();
  }

  // ---- The open chat ------------------------------------------------------------------------
  /** Opens a chat; with `focus`, the focus goes to its reply box (held) or transcript. */
  async function select(id, focus) {
    if (W.views) W.views.show('chats'); // from a mediation page (a notification, "n")
    if (id !== state.selectedId) W.detail.reset();
    state.selectedId = id;
    history.replaceState(null, '', '#/handoff/' + encodeURIComponent(id));
    renderList();
    await loadDetail();
    if (focus && state.detail && state.detail.id === id) focusChat();
  }

  function focusChat() {
    if (!(W.detail.mine(state.detail) && focusOn($('message-text')))) focusOn($('transcript'));
  }

  function clearDetail(text) {
    state.selectedId = null;
    state.detail = null;
    W.detail.reset();
    history.replaceState(null, '', location.pathname);
    $('detail-body').hidden = true;
    $('detail-empty').hidden = false;
    $('detail-empty').textContent = text;
  }

  async function loadDetail() {
    if (!state.selectedId) return;
    const id = state.selectedId;
    try {
      const detail = await api('GET', '/handoffs/' + encodeURIComponent(id));
      // A slower answer for the chat shown before (a live refresh) must not replace the one now chosen.
      if (id !== state.selectedId) return;
      state.detail = detail;
      W.detail.render(detail);
    } catch (e) {
      $('detail-error').textContent = e.message;
    }
  }

  // ---- Actions ------------------------------------------------------------------------------
  async function act(fn) {
    $('detail-error').textContent = '';
    let ok = true;
    try {
      await fn();
    } catch (e) {
      ok = false;
      $('detail-error').textContent = e.message;
    }
    await Promise.all([loadList(), loadDetail()]);
    return ok;
  }
  W.act = act;

  const path = (action) => '/handoffs/' + encodeURIComponent(state.selectedId) + '/' + action;

  /** After closing or handing back: the next waiting chat, or the queue when nobody waits. */
  async function afterEnd() {
    if (state.status !== 'waiting') await showStatus('waiting');
    const next = state.list.find((h) => h.status === 'waiting' && h.id !== state.selectedId);
    if (next) return select(next.id, true);
    clearDetail('Gesprek afgesloten. Er wacht nu niemand.');
    actions.focusQueue();
  }

  async function end(action, body) {
    if (!state.detail) return;
    if (action === 'close' && W.detail.unanswered(state.detail)) {
      const sure = await W.dialogs.confirm('Afsluiten zonder antwoord?', 'Er is nog geen bericht naar de werkzoekende gestuurd. Weet je zeker dat je dit gesprek wilt afsluiten?', 'Toch afsluiten');
      if (!sure) return;
    }
    if (await act(() => api('POST', path(action), body))) await afterEnd();
  }

  const actions = {
    async nextWaiting() {
      if (state.status !== 'waiting') await showStatus('waiting');
      else await loadList();
      const next = state.list.find((h) => h.id !== state.selectedId) || state.list[0];
      if (next) return select(next.id, true);
      W.alerts.announce('Er wacht nu niemand.');
      actions.focusQueue();
    },
    async claim() {
      if (!state.detail || $('claim').hidden) return;
      await act(() => api('POST', path('claim')));
      focusChat();
    },
    release() {
      if (state.detail && !$('release').hidden) return end('release');
    },
    focusClose() {
      if (!$('close-form').hidden && !$('detail-body').hidden) focusOn($('close-outcome'));
    },
    focusReply() {
      if (!$('message-form').hidden && !$('detail-body').hidden) focusOn($('message-text'));
    },
    focusQueue() {
      if (!focusOn($('handoff-list').querySelector('.queue-item'))) focusOn($('queue-heading'));
    },
    showShortcuts() {
      return W.dialogs.showShortcuts();
    },
    /** Esc in a field: out of it, to the chat's heading or the queue, where the shortcuts work. */
    leaveField(field) {
      if (field.closest('#detail') && !$('detail-body').hidden) focusOn($('detail-title'));
      else actions.focusQueue();
    },
  };
  W.actions = actions;

  // ---- Live events --------------------------------------------------------------------------
  let refreshTimer = null;
  function connectEvents() {
    if (state.events) return;
    const source = new EventSource(W.API + '/events');
    state.events = source;
    source.addEventListener('ready', () => { $('live-status').textContent = 'Live verbonden.'; });
    // Logged out, expired, new password or disabled (here, elsewhere or by the operator).
    source.addEventListener('session-ended', () => showLogin());
    source.addEventListener('handoff', (e) => {
      const event = JSON.parse(e.data);
      // The seeker erased their data or ended the chat: the advisor who had it open is told why.
      if (event.notice && event.handoffId === state.selectedId) clearDetail(event.notice);
      if (event.type === 'created' || (event.type === 'updated' && event.status === 'waiting')) noticeNew(event.handoffId, event.type);
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        loadList().catch(() => undefined);
        W.dashboard.load().catch(() => undefined);
        if (state.selectedId) loadDetail();
      }, 100);
    });
    source.onerror = () => {
      $('live-status').textContent = 'Verbinding verbroken, opnieuw verbinden…';
      // The browser reconnects by itself; after a logout or expiry the check below shows the log-in.
      api('GET', '/me').catch(() => undefined);
    };
  }

  /** A chat started waiting, or a waiting one became more urgent: tone, status text, notification (alerts.js). */
  async function noticeNew(id, type) {
    const waiting = await api('GET', '/handoffs?status=waiting').catch(() => []);
    const h = waiting.find((x) => x.id === id);
    W.alerts.know(waiting.filter((x) => x.id !== id));
    if (h) W.alerts[type === 'created' ? 'newWaiting' : 'raised'](h, (chosen) => select(chosen, true));
  }

  // ---- Wiring -------------------------------------------------------------------------------
  document.addEventListener('DOMContentLoaded', async () => {
    $('login-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      $('login-error').textContent = '';
      try {
        const { advisor } = await api('POST', '/login', { email: $('login-email').value, password: $('login-password').value });
        $('login-password').value = '';
        await showConsole(advisor, true);
      } catch (err) {
        $('login-error').textContent = err.message;
      }
    });
    $('logout').addEventListener('click', async () => {
      await api('POST', '/logout').catch(() => undefined);
      showLogin();
    });
    for (const b of document.querySelectorAll('.status-filter button')) b.addEventListener('click', () => showStatus(b.dataset.status));
    $('audience-filter').addEventListener('change', async (e) => {
      state.audience = e.target.value;
      await loadList();
    });
    $('claim').addEventListener('click', () => actions.claim());
    $('release').addEventListener('click', () => actions.release());
    $('message-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('message-text').value.trim();
      if (!text) return;
      act(async () => {
        await api('POST', path('messages'), { text });
        $('message-text').value = '';
      }).then(() => focusOn($('message-text')));
    });
    $('message-text').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('message-form').requestSubmit(); }
    });
    $('note-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('note-text').value.trim();
      if (!text) return;
      act(async () => {
        await api('POST', path('notes'), { text });
        $('note-text').value = '';
      });
    });
    $('close-outcome').addEventListener('change', () => { $('close-other-field').hidden = $('close-outcome').value !== ''; });
    $('close-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const outcome = $('close-outcome').value || $('close-other').value.trim();
      if (!outcome) { $('detail-error').textContent = 'Kies of typ een uitkomst.'; return; }
      end('close', { outcome });
    });
    window.addEventListener('hashchange', () => {
      const linked = /^#\/handoff\/([\w-]+)$/.exec(location.hash);
      if (state.me && linked && linked[1] !== state.selectedId) select(linked[1], true);
    });

    try {
      const { advisor } = await api('GET', '/me');
      await showConsole(advisor, false);
    } catch (e) {
      showLogin();
    }
  });
})();
