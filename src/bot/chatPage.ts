// The chat page (/): Web Chat in the site's frame, in Dutch or English. Both languages' texts go
// along as a JSON data block (not a script: the CSP allows no inline scripts), so site.js can
// switch the language in place without reloading the conversation.
import { textsFor } from '../texts';
import { en, nl, pageTexts, type PageLocale } from '../texts/page';
import { escapeHtml, renderShell, type ShellOptions } from './pageShell';

/** JSON inside <script type="application/json">: "<" escaped, so no text can close the element. */
function jsonBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The bot's words when the seeker switches language in the chat itself: the page follows. */
const BOT_SWITCHED = { en: textsFor('en').language.switchedToEnglish, nl: textsFor('nl').language.switchedToDutch };

export function renderChatPage(o: ShellOptions, locale: PageLocale): string {
  const t = pageTexts(locale);
  const other = pageTexts(locale === 'en' ? 'nl' : 'en');
  const otherLang = locale === 'en' ? 'nl' : 'en';
  const e = escapeHtml;
  const main = `    <h1 class="utrecht-heading-1 site-title">Werkloket</h1>
    <p class="utrecht-paragraph site-tagline" data-i18n="tagline">${e(t.tagline)}</p>
    <div id="chat">
      <div id="bar">
        <span id="hint" role="status" data-i18n="hint">${e(t.hint)}</span>
        <button id="end-chat" class="utrecht-button utrecht-button--secondary-action" type="button" data-i18n="endChat" hidden>${e(t.endChat)}</button>
      </div>
      <div id="webchat" role="region" aria-label="${e(t.chatLabel)}" data-i18n-label="chatLabel"><p id="status" class="utrecht-paragraph" data-i18n="loading">${e(t.loading)}</p></div>
      <section id="ended" hidden aria-live="polite">
        <h2 class="utrecht-heading-2" data-i18n="endedTitle">${e(t.endedTitle)}</h2>
        <p class="utrecht-paragraph" data-i18n="endedText">${e(t.endedText)}</p>
        <p class="utrecht-paragraph" lang="${otherLang}" data-i18n-other="endedTitle">${e(other.endedTitle)}</p>
        <p><button id="new-chat" class="utrecht-button utrecht-button--primary-action" type="button" data-i18n="newChat">${e(t.newChat)}</button></p>
      </section>
    </div>
    <script type="application/json" id="page-texts">${jsonBlock({ nl: { ...nl, title: titleOf(nl, o) }, en: { ...en, title: titleOf(en, o) }, botSwitched: BOT_SWITCHED })}</script>`;
  // Deferred, in this order: chat.js asks for its token while Web Chat's large bundle still downloads.
  const scripts = ['/connection.js', '/chat-lang.js', '/chat.js', '/webchat.js'];
  return renderShell(o, { locale, title: e(titleOf(t, o)), main, path: '/', scripts, styles: ['/connection.css'], bodyClass: 'site-chat' });
}

/** The tab's title names who runs this website (a region's website: that region's organisation). */
const titleOf = (t: { title: string }, o: ShellOptions): string => `${t.title} – ${o.organisation.name}`;
