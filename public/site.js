// The language of the Werkloket pages (Dutch or English): ?lang=en, else the seeker's last choice
// (localStorage), else the page's own. On the chat page the switch works in place, so the
// conversation goes on; chat.js hears 'werkloket:lang' and tells Web Chat and the bot.
(function () {
  const KEY = 'werkloket.lang';
  const html = document.documentElement;
  const data = document.getElementById('page-texts');
  const texts = data ? JSON.parse(data.textContent) : null;
  const other = (lang) => (lang === 'en' ? 'nl' : 'en');
  const href = (path, lang) => (lang === 'en' ? path + '?lang=en' : path);

  function remember(lang) {
    try { localStorage.setItem(KEY, lang); } catch (e) { /* private mode: this visit only */ }
  }
  function saved() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  // Every text of the chat page in the other language; texts are set as text, never as HTML.
  function apply(lang) {
    const t = texts[lang];
    html.lang = lang;
    document.title = t.title;
    document.querySelectorAll('[data-i18n]').forEach((el) => {
      const key = el.getAttribute('data-i18n');
      el.textContent = key === 'runBy' ? t.runBy.replace('{organisation}', el.getAttribute('data-org')) : t[key];
    });
    document.querySelectorAll('[data-i18n-other]').forEach((el) => {
      el.textContent = texts[other(lang)][el.getAttribute('data-i18n-other')];
      el.lang = other(lang);
    });
    document.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t[el.getAttribute('data-i18n-label')]));
    document.querySelectorAll('[data-i18n-href]').forEach((el) => el.setAttribute('href', href(el.getAttribute('data-i18n-href'), lang)));
    const link = document.getElementById('lang-switch');
    link.textContent = t.otherLanguage;
    link.lang = other(lang);
    link.setAttribute('hreflang', other(lang));
    link.setAttribute('data-lang', other(lang));
    link.setAttribute('aria-label', t.otherLanguageLabel);
    link.setAttribute('href', href('/', other(lang)));
  }

  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'nl') remember(asked);
  const link = document.getElementById('lang-switch');

  if (texts) {
    const wanted = asked === 'en' || asked === 'nl' ? asked : saved();
    if ((wanted === 'en' || wanted === 'nl') && wanted !== html.lang) apply(wanted);
    // tellBot: the seeker used the header's switch (not the bot's own language button).
    const choose = (lang, tellBot) => {
      apply(lang);
      remember(lang);
      history.replaceState(null, '', href('/', lang));
      document.dispatchEvent(new CustomEvent('werkloket:lang', { detail: { lang, tellBot } }));
    };
    window.werkloketPage = {
      lang: () => html.lang,
      texts: () => texts[html.lang],
      choose,
      /** 'en' or 'nl' when a bot message says it switched to that language. */
      botSwitchedTo: (text) => Object.keys(texts.botSwitched).find((lang) => texts.botSwitched[lang] === text)
    };
    link.addEventListener('click', (event) => {
      event.preventDefault();
      choose(link.getAttribute('data-lang'), true);
    });
  } else if (link) {
    // Other pages: the link goes to the page in the other language; remember the choice.
    link.addEventListener('click', () => remember(link.getAttribute('data-lang')));
  }
})();
