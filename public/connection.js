// Says when the chat has no connection, and sends a message typed meanwhile once it is back.
// A banner (a live region, present from the start so screen readers announce changes) shows while
// the browser is offline (online/offline events) or the chat server cannot be reached (Web Chat's
// Direct Line status, or a message that did not get through). Messages are re-sent with the same
// clientActivityID, which the server de-duplicates: a message arrives once, however often it is tried.
(function () {
  const TEXTS = {
    offline: {
      nl: 'Je hebt geen internet. Je bericht wordt verstuurd zodra je weer verbinding hebt.',
      en: 'You are offline. Your message will be sent as soon as you are connected again.'
    },
    unreachable: {
      nl: 'De chat is even niet bereikbaar. We proberen het steeds opnieuw.',
      en: 'The chat cannot be reached right now. We keep trying.'
    }
  };
  // Direct Line's ConnectionStatus (botframework-directlinejs).
  const CONNECTING = 1, ONLINE = 2, EXPIRED = 3, FAILED = 4, ENDED = 5;
  const GRACE_MS = 3000; // a normal reconnect takes less: no banner for it
  const state = { offline: !navigator.onLine, serverDown: false, reconnecting: null };

  const banner = document.createElement('div');
  banner.id = 'connection';
  banner.setAttribute('role', 'status');
  banner.className = 'connection';

  function show() {
    const kind = state.offline ? 'offline' : state.serverDown ? 'unreachable' : null;
    if (banner.dataset.kind === (kind || '')) return;
    banner.dataset.kind = kind || '';
    banner.textContent = '';
    banner.classList.toggle('connection--trouble', Boolean(kind));
    if (!kind) return;
    for (const lang of ['nl', 'en']) {
      const part = document.createElement('span');
      part.lang = lang;
      part.textContent = TEXTS[kind][lang];
      banner.appendChild(part);
    }
  }

  function serverDown(down) {
    state.serverDown = down;
    show();
  }

  function place() {
    const chat = document.getElementById('webchat');
    if (chat && chat.parentNode) chat.parentNode.insertBefore(banner, chat);
    else document.body.insertBefore(banner, document.body.firstChild);
    show();
  }

  window.addEventListener('offline', () => { state.offline = true; show(); });
  window.addEventListener('online', () => { state.offline = false; show(); });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place);
  else place();

  // directlinejs answers a post that did not reach the server with the id 'retry' (or an error
  // without an HTTP status); Web Chat then waits up to 5 minutes for the message to come back.
  function resending(directLine) {
    const post = directLine.postActivity.bind(directLine);
    const waiters = new Set();
    const pending = new Map(); // activity not yet through → stops its tries
    window.addEventListener('online', () => waiters.forEach((w) => w()));
    return function postActivity(activity) {
      return {
        subscribe(observer) {
          let stopped = false;
          let inner = null;
          let delay = 1000;
          // Web Chat's own "Opnieuw" posts the failed message again under a new id: that post
          // replaces ours, or the bot would get it twice.
          if (isRepost(activity)) {
            for (const [other, stop] of pending) if (sameMessage(other, activity)) stop();
          }
          const stop = () => { stopped = true; pending.delete(activity); if (inner) inner.unsubscribe(); };
          pending.set(activity, stop);
          const retry = () => {
            // An expired token or an ended chat does not come back by trying: Web Chat says "mislukt".
            if (stopped || [EXPIRED, ENDED].includes(directLine.connectionStatus$.getValue())) return;
            serverDown(navigator.onLine); // offline: the offline banner says it already
            const again = () => { waiters.delete(again); clearTimeout(timer); attempt(); };
            const timer = setTimeout(again, navigator.onLine ? delay : 2 ** 31 - 1);
            delay = Math.min(delay * 2, 15000);
            waiters.add(again);
          };
          const attempt = () => {
            if (stopped) return;
            inner = post(activity).subscribe({
              next(id) {
                if (id === 'retry') return retry();
                pending.delete(activity);
                serverDown(false);
                observer.next(id);
                if (observer.complete) observer.complete();
              },
              error(error) {
                if (error && error.status >= 400 && error.status < 500) { pending.delete(activity); return observer.error(error); }
                retry();
              },
              complete() { /* answered in next */ }
            });
          };
          attempt();
          return { unsubscribe: stop };
        }
      };
    };
  }

  // A message Web Chat already had on screen carries its sequence id; a new one does not yet.
  function isRepost(activity) {
    return Boolean(activity.channelData && activity.channelData['webchat:sequence-id'] !== undefined);
  }

  function sameMessage(a, b) {
    return a.type === b.type && a.text === b.text && JSON.stringify(a.value) === JSON.stringify(b.value);
  }

  window.WerkloketConnection = {
    /** Called by chat.js with Web Chat's Direct Line object. */
    watch(directLine) {
      directLine.postActivity = resending(directLine);
      let wasOnline = false;
      directLine.connectionStatus$.subscribe((status) => {
        clearTimeout(state.reconnecting);
        if (status === ONLINE) { wasOnline = true; serverDown(false); }
        else if (status === FAILED) serverDown(true);
        else if (status === CONNECTING && wasOnline) state.reconnecting = setTimeout(() => serverDown(true), GRACE_MS);
      });
    }
  };
})();
