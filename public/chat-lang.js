// Keeps the bot's language in step with the page's (site.js). The header's switch asks the bot in
// words ("English please"), as a seeker would; a switch in the chat itself ("English" in the menu)
// makes the page follow the bot. A choice made on another page (the statements) is told to the bot
// when the chat connects. werkloket.botLang remembers what the bot was last told.
(function () {
  const BOT_KEY = 'werkloket.botLang';
  const page = window.werkloketPage;
  const told = (lang) => { try { localStorage.setItem(BOT_KEY, lang); } catch (e) { /* this visit only */ } };
  const botLang = () => { try { return localStorage.getItem(BOT_KEY); } catch (e) { return null; } };

  window.werkloketChatLanguage = function (userId, fresh) {
    // A new conversation starts in the page's language (conversationStartProperties).
    if (fresh) told(page.lang());
    let store = null;
    // Only replies to what the seeker sends from this page are followed, not the history replayed on a reload.
    let live = false;
    const tellBot = () => {
      told(page.lang());
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { method: 'keyboard', text: page.texts().switchMessage } });
    };
    const middleware = () => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY') live = true;
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && botLang() && botLang() !== page.lang()) setTimeout(tellBot, 0);
      const a = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
      const lang = live && a && a.type === 'message' && a.from && a.from.id !== userId && page.botSwitchedTo(a.text);
      if (lang) {
        told(lang);
        if (lang !== page.lang()) setTimeout(() => page.choose(lang, false), 0);
      }
      return next(action);
    };
    return {
      middleware,
      attach(webChatStore, render) {
        store = webChatStore;
        document.addEventListener('werkloket:lang', (event) => {
          render();
          if (event.detail.tellBot) tellBot();
        });
      },
      forget() { try { localStorage.removeItem(BOT_KEY); } catch (e) { /* nothing kept */ } }
    };
  };
})();
