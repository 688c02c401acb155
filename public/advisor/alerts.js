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

  /** One polite status region for everything new; cleared first so the same words are read again. */
  function announce(text) {
    const region = document.getElementById('announcer');
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 50);
  }

  function setWaitingCount(n) {
    document.title = n > 0 ? '(' + n + ') ' + TITLE : TITLE;
  }

  function notificationsAllowed() {
    return 'Notification' in window && Notification.permission === 'granted';
  }

  /** A new chat waits: tone, status text, and, when the console is not in view, a desktop notification. */
  function newWaiting(h, open) {
    const priority = W.dom.labels.PRIORITY[h.priorityName] || h.priorityName;
    const channel = W.dom.labels.CHANNEL[h.channel] || h.channel;
    beep(h.priorityName === 'crisis' ? 3 : 2);
    announce('Nieuw gesprek wacht. Prioriteit: ' + priority + '.');
    if (!notificationsAllowed() || (document.visibilityState === 'visible' && document.hasFocus())) return;
    const note = new Notification('Nieuw gesprek wacht', { body: 'Prioriteit: ' + priority + ' · ' + channel, tag: 'werkloket-' + h.id, requireInteraction: h.priorityName === 'crisis' });
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

  const alerts = { beeps: 0, announce, setWaitingCount, newWaiting, soundOn };
  W.alerts = alerts;
})();
