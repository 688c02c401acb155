// Werkloket advisor console: the open chat. Heading and buttons, the transcript (new lines are
// appended, never the whole list re-rendered; a new message from the seeker is announced once in
// the status region), profile, proposals with "Past niet", and notes.
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const { $, el, button, time, labels, waitLabel, isPriority } = W.dom;
  /** Which chat the transcript shows, and the ids of the lines in it. */
  const shown = { handoffId: null, lines: new Set() };

  function mine(d) {
    return Boolean(d && d.status === 'active' && d.claimedBy && W.state.me && d.claimedBy.id === W.state.me.id);
  }

  /** True when no advisor has written to the seeker in this chat yet. */
  function unanswered(d) {
    return !d.transcript.some((l) => l.sender === 'advisor' && l.type === 'message');
  }

  function render(d) {
    $('detail-empty').hidden = true;
    $('detail-body').hidden = false;
    const own = mine(d);
    const priority = labels.PRIORITY[d.priorityName] || d.priorityName;
    $('detail-title').textContent = (d.audience === 'employer' ? 'Werkgever · ' : '') + (labels.CHANNEL[d.channel] || d.channel) + (d.maskedPhone ? ' ' + d.maskedPhone : '') + ' · prioriteit ' + priority;
    $('detail-title').classList.toggle('priority', isPriority(d));
    $('detail-meta').textContent = 'Sinds ' + time(d.waitingSince) + ' · ' + waitLabel(d) + (d.position ? ' · plaats ' + d.position + ' in de wachtrij' : '');
    $('detail-summary').textContent = d.summary;
    const contact = d.contact && d.contact.step === 'done' ? 'Wil teruggebeld of gemaild worden (met toestemming): ' + d.contact.value : '';
    $('detail-contact').textContent = contact;
    $('detail-contact').hidden = !contact;
    $('claim').hidden = d.status !== 'waiting';
    $('release').hidden = !(own || d.status === 'waiting');
    $('message-form').hidden = !own;
    $('close-form').hidden = !(own || d.status === 'waiting');
    renderTranscript(d);
    renderProfile(d);
    renderProposals(d, own || d.status === 'closed' || (W.state.me && W.state.me.role === 'admin'));
    $('notes').replaceChildren(...d.notes.map((n) => el('li', { text: n.text + ' — ' + (n.advisor ? n.advisor.name : '') + ', ' + time(n.createdAt) })));
    // snippets.js (canned answers in the reply box) follows the chat on screen.
    document.dispatchEvent(new CustomEvent('werkloket:detail', { detail: { id: d.id, mine: Boolean(own) } }));
  }

  function renderTranscript(d) {
    const list = $('transcript');
    const fresh = shown.handoffId !== d.id;
    if (fresh) {
      list.replaceChildren();
      shown.handoffId = d.id;
      shown.lines = new Set();
    }
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
    let seekerWrote = false;
    for (const line of d.transcript.filter((l) => l.type === 'message' && l.text)) {
      const key = String(line.id);
      if (shown.lines.has(key)) continue;
      shown.lines.add(key);
      if (!fresh && line.sender === 'seeker') seekerWrote = true;
      list.appendChild(el('li', { class: line.sender }, [el('span', { class: 'who', text: (labels.SENDER[line.sender] || line.sender) + ' · ' + time(line.createdAt) }), line.text]));
    }
    if (fresh || atBottom) list.scrollTop = list.scrollHeight;
    if (seekerWrote) W.alerts.announce('Nieuw bericht van de werkzoekende.');
  }

  function reset() {
    shown.handoffId = null;
    shown.lines = new Set();
    $('transcript').replaceChildren();
  }

  function renderProfile(d) {
    const profile = $('profile');
    // Hook: a richer renderer may register as W.profile.render(dl, profile).
    if (W.profile && W.profile.render) return W.profile.render(profile, d.profile, d);
    profile.replaceChildren();
    // Labelled Dutch lines made by the server from the versioned profile schema (profileView.ts).
    const lines = d.profile ? d.profile.lines : [];
    // A <dl> holds dt/dd pairs only (a lone dd is invalid for screen readers).
    if (!lines.length) profile.append(el('dt', { class: 'sr-only', text: 'Profiel' }), el('dd', { class: 'muted', text: 'Nog geen profiel.' }));
    for (const line of lines) profile.append(el('dt', { text: line.label }), el('dd', { text: line.value }));
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
        el('strong', { text: p.title }), p.provider ? ' – ' + p.provider : '',
        // Whether the bot showed it to the seeker (in words, not only a colour).
        el('span', { class: p.shownAt ? 'seen badge' : 'seen badge not-shown', text: p.shownAt ? 'gezien door de werkzoekende' : 'niet getoond aan de werkzoekende' }),
        el('p', { class: 'small muted', text: 'Waarom dit voorstel:' }),
        el('ul', { class: 'reasons' }, p.reasons.map((r) => el('li', { text: r }))),
      ];
      if (p.sourceLinks && p.sourceLinks.length) {
        parts.push(el('p', { class: 'small' }, ['Bron: ', ...p.sourceLinks.map((l, i) => el('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer', text: (i ? ', ' : '') + l.name }))]));
      }
      if (p.notFitting) {
        parts.push(el('p', { class: 'not-fitting', text: 'Past niet (' + (p.markedBy || '') + (p.markedAt ? ', ' + time(p.markedAt) : '') + '): ' + (p.notFittingReason || '') }));
        if (mayMark) parts.push(button('Toch passend', 'utrecht-button--secondary-action fit-undo', () => W.act(() => markFit(d.id, p.id, { notFitting: false }))));
      } else if (mayMark) {
        parts.push(fitForm(d, p));
      }
      proposals.appendChild(el('li', { class: p.notFitting ? 'proposal marked' : 'proposal', 'data-id': p.id }, parts));
    }
  }

  function fitForm(d, p) {
    const reason = el('input', { type: 'text', class: 'fit-reason utrecht-textbox utrecht-textbox--html-input', minlength: '3', maxlength: '300', required: '', placeholder: 'Waarom past dit niet? (de werkzoekende leest dit)', 'aria-label': 'Reden: past niet' });
    // A live update re-renders this list: keep what the advisor is typing (and the focus).
    reason.value = fitDrafts.get(p.id) || '';
    reason.addEventListener('input', () => fitDrafts.set(p.id, reason.value));
    if (focusedDraft === p.id) queueMicrotask(() => reason.focus());
    reason.addEventListener('focus', () => (focusedDraft = p.id));
    reason.addEventListener('blur', () => (focusedDraft = focusedDraft === p.id ? null : focusedDraft));
    const form = el('form', { class: 'fit-form inline-form' }, [reason, el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action', text: 'Past niet' })]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      W.act(async () => {
        await markFit(d.id, p.id, { notFitting: true, reason: reason.value.trim() });
        fitDrafts.delete(p.id);
      });
    });
    return form;
  }

  function markFit(handoffId, proposalId, body) {
    return W.api('POST', '/handoffs/' + encodeURIComponent(handoffId) + '/proposals/' + encodeURIComponent(proposalId) + '/fit', body);
  }

  W.detail = { render, reset, mine, unanswered };
})();
