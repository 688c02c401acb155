// Werkloket advisor console: noticing a new waiting chat during a working day. A short tone
// (WebAudio, switchable, remembered in localStorage), a desktop notification (permission asked on a
// click), the waiting count in the tab title, and one polite status region that announces only
// what is new ("Nieuw gesprek wacht", "Nieuw bericht van de werkzoekende").
(function () {
  'use strict';
  const W = (window.WerkloketConsole = window.WerkloketConsole || {});
  const SOUND_KEY = 'werkloket.console.sound';
  const TITLE = 'Werkloket – adviseursconsole';
  let audio = null;

  const soundOn = () => localStorage.getItem(SOUND_KEY) !== 'off';

  /** Two short tones; three for a crisis. Generated, so no sound file and nothing to download. */
  function beep(times) {
    if (!soundOn()) return;
    alerts.beeps += 1;
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === 'suspended') audio.resume().catch(() => undefined);
      for (let i = 0; i < times; i++) {
        const start = audio.currentTime + i * 0.25;
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = i % 2 ? 660 : 880;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.18);
        tone.connect(gain).connect(audio.destination);
        tone.start(start);
        tone.stop(start + 0.2);
      }
    } catch (e) {
      // No audio device: the title and the notification still tell.
    }
  }

  /**
   * One polite status region for everything new. Cleared first, so the same words are read again;
   * what arrives together (a raise and the seeker's message) is read together, not overwritten:
   * news within KEEP_MS of the last is added to it (the two come by separate requests, sometimes
   * more than the 150 ms batch apart).
   */
  const KEEP_MS = 1500;
  let pending = [];
  let timer = null;
  let shown = { texts: [], at: 0 };
  function announce(text) {
    if (!pending.includes(text)) pending.push(text);
    if (timer) return;
    const region = document.getElementById('announcer');
    region.textContent = '';
    timer = setTimeout(() => {
      const recent = Date.now() - shown.at < KEEP_MS ? shown.texts.filter((t) => !pending.includes(t)) : [];
      shown = { texts: recent.concat(pending), at: Date.now() };
      region.textContent = shown.texts.join(' ');
      pending = [];
      timer = null;
    }, 150);
  }

  function setWaitingCount(n) {
    document.title = n > 0 ? '(' + n + ') ' + TITLE : TITLE;
  }

  function notificationsAllowed() {
    return 'Notification' in window && Notification.permission === 'granted';
  }

  /** The priority each waiting chat was last announced with (a raise is announced again). */
  const announced = new Map();

  /** A new chat waits: tone, status text, and, when the console is not in view, a desktop notification. */
  function newWaiting(h, open) {
    tell(h, open, 'Nieuw gesprek wacht');
  }

  /** Chats seen in the queue: the priority a later raise is compared with (not announced now). */
  function know(list) {
    for (const h of list) if (h.status === 'waiting' && !announced.has(h.id)) announced.set(h.id, h.priority);
  }

  /** A waiting chat became more urgent (e.g. a crisis while waiting about debts): told like a new one. */
  function raised(h, open) {
    if (!announced.has(h.id) || h.priority <= announced.get(h.id) || !W.dom.isPriority(h)) return;
    tell(h, open, 'Wachtend gesprek is nu urgenter');
  }

  function tell(h, open, title) {
    announced.set(h.id, h.priority);
    const priority = W.dom.labels.PRIORITY[h.priorityName] || h.priorityName;
    const channel = W.dom.labels.CHANNEL[h.channel] || h.channel;
    beep(h.priorityName === 'crisis' ? 3 : 2);
    announce(title + '. Prioriteit: ' + priority + '.');
    if (!notificationsAllowed() || (document.visibilityState === 'visible' && document.hasFocus())) return;
    const note = new Notification(title, { body: 'Prioriteit: ' + priority + ' · ' + channel, tag: 'werkloket-' + h.id, requireInteraction: h.priorityName === 'crisis' });
    note.onclick = () => {
      window.focus();
      open(h.id);
      note.close();
    };
  }

  function renderControls() {
    const toggle = document.getElementById('sound-toggle');
    toggle.checked = soundOn();
    const enable = document.getElementById('notify-enable');
    const state = 'Notification' in window ? Notification.permission : 'unsupported';
    enable.hidden = state !== 'default';
    document.getElementById('notify-state').textContent = state === 'granted' ? 'Meldingen staan aan.' : state === 'denied' ? 'Meldingen zijn geblokkeerd in de browser.' : '';
  }

  document.addEventListener('DOMContentLoaded', () => {
    renderControls();
    document.getElementById('sound-toggle').addEventListener('change', (e) => {
      localStorage.setItem(SOUND_KEY, e.target.checked ? 'on' : 'off');
      announce(e.target.checked ? 'Geluid staat aan.' : 'Geluid staat uit.');
    });
    // Asked on a click only: browsers refuse (and users dislike) a request at page load.
    document.getElementById('notify-enable').addEventListener('click', async () => {
      if ('Notification' in window) await Notification.requestPermission().catch(() => undefined);
      renderControls();
      W.dom.focusOn(document.getElementById('sound-toggle'));
    });
    // Browsers start audio only after a user gesture: unlock it on the first one.
    const unlock = () => {
      if (!soundOn()) return;
      try {
        audio = audio || new (window.AudioContext || window.webkitAudioContext)();
        audio.resume().catch(() => undefined);
      } catch (e) { /* no audio */ }
    };
    document.addEventListener('pointerdown', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
  });

  const alerts = { beeps: 0, announce, setWaitingCount, newWaiting, raised, know, soundOn };
  W.alerts = alerts;
})();
