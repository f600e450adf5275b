import './style.css';
import { h } from './dom';
import { whoHelpsMe } from './help';
import { type SiteLanguage, wordsFor } from './i18n';
import { regionalMap } from './map';
import { pupilSearch } from './pupil';
import { workplaceFinder } from './school';

// Four screens behind hash routes, in Dutch or French (?lang=fr or the switch, remembered for the visit).
const screens = {
  zoeken: { render: pupilSearch, tab: 'tabSearch' },
  school: { render: workplaceFinder, tab: 'tabSchool' },
  hulp: { render: whoHelpsMe, tab: 'tabHelp' },
  kaart: { render: regionalMap, tab: 'tabMap' },
} as const;
type ScreenName = keyof typeof screens;

let language: SiteLanguage = new URLSearchParams(location.search).get('lang')?.toUpperCase() === 'FR' ? 'FR' : 'NL';

function current(): ScreenName {
  const name = location.hash.replace(/^#\/?/, '');
  return name in screens ? (name as ScreenName) : 'zoeken';
}

function render() {
  const words = wordsFor(language);
  const name = current();
  document.documentElement.lang = language.toLowerCase();
  document.title = `Duaal Atlas – ${words[screens[name].tab]}`;
  const languages = (['NL', 'FR'] as const).map((code) => {
    const button = h('button', { type: 'button', lang: code.toLowerCase(), 'aria-pressed': code === language ? 'true' : 'false' }, code);
    button.addEventListener('click', () => {
      language = code;
      render();
    });
    return button;
  });
  const nav = h('nav', {}, ...(Object.keys(screens) as ScreenName[]).map((screen) =>
    h('a', { href: `#${screen}`, 'aria-current': screen === name ? 'page' : undefined }, words[screens[screen].tab])));
  const main = h('main', { id: name });
  document.body.replaceChildren(
    h('header', {}, h('h1', {}, words.title), h('div', { class: 'languages' }, ...languages)),
    nav,
    main);
  screens[name].render(main, language);
}

window.addEventListener('hashchange', render);
render();
