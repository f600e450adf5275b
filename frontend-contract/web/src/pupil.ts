import { run } from './api';
import { autocomplete } from './autocomplete';
import { h, highlighted, resultsHeading, statusRegion } from './dom';
import { finalities, grades, label, studyDomains, type SiteLanguage, wordsFor } from './i18n';
import {
  ProgrammeOfferingsNearDocument,
  PupilSearchDocument,
  type Finality,
  type Grade,
  type PupilSearchQuery,
  type SearchFilter,
  type StudyDomain,
} from '../generated/graphql';

type Facets = PupilSearchQuery['search']['facets'];
type Chosen = { studyDomain?: StudyDomain; grade?: Grade; finality?: Finality };

/** What the pupil asked, kept when the language changes. */
const state: { text: string; postcode: string; chosen: Chosen; programme?: string } = { text: '', postcode: '', chosen: {} };

/** A pupil's search: words of their own with autocomplete, facets, and where a programme is offered near a postcode. */
export function pupilSearch(screen: HTMLElement, language: SiteLanguage) {
  const words = wordsFor(language);
  const text = h('input', { id: 'search-text', type: 'search', name: 'text', placeholder: words.searchPlaceholder });
  const postcode = h('input', { id: 'search-postcode', name: 'postcode', inputmode: 'numeric', maxlength: '4', size: '5' });
  text.value = state.text;
  postcode.value = state.postcode;
  const form = h('form', { class: 'ask', role: 'search' },
    h('label', { for: 'search-text' }, words.searchLabel),
    h('div', { class: 'combo' }, text),
    h('label', { for: 'search-postcode' }, words.postcodeLabel),
    postcode,
    h('button', { type: 'submit' }, words.search));
  // on a phone the facets fold behind a button (style.css shows them beside the results on a wider screen)
  const facetGroups = h('div', { id: 'facet-groups', class: 'facet-groups' });
  const facetsToggle = h('button', { type: 'button', class: 'facets-toggle', 'aria-expanded': 'false',
    'aria-controls': 'facet-groups' }, words.showFilters);
  facetsToggle.addEventListener('click', () => {
    const open = facetsToggle.getAttribute('aria-expanded') !== 'true';
    facetsToggle.setAttribute('aria-expanded', String(open));
    facets.classList.toggle('open', open);
  });
  const facets = h('aside', { class: 'facets', 'aria-label': words.filters, hidden: true }, facetsToggle, facetGroups);
  const results = h('section', { class: 'results' });
  const status = statusRegion();
  const offerings = h('section', { class: 'offerings' });
  screen.replaceChildren(form, status, h('div', { class: 'columns' }, facets, results));

  /** Searches; then moves the focus to the results heading, or back to the facet button that was pressed. */
  const search = async (focus?: 'results' | { facet: string; value: string }) => {
    state.text = text.value.trim();
    state.postcode = postcode.value.trim();
    const filter: SearchFilter = { kinds: ['PROGRAMME'], ...state.chosen };
    try {
      const data = await run(PupilSearchDocument, { text: state.text, filter, lang: language, first: 20 });
      showFacets(data.search.facets);
      showResults(data.search);
      status.textContent = words.results(data.search.totalCount);
      if (focus === 'results') results.querySelector<HTMLElement>('h2.count')?.focus();
      else if (focus) {
        facetGroups.querySelector<HTMLElement>(
          `[data-facet="${focus.facet}"] button[data-value="${CSS.escape(focus.value)}"]`)?.focus();
      }
    } catch (error) {
      results.replaceChildren(h('p', { class: 'error' }, words.error, ' ', String((error as Error).message)));
      status.textContent = words.error;
    }
  };

  const showFacets = (counts: Facets) => {
    const group = <T extends string>(title: string, key: keyof Chosen, values: { value: string; count: number }[],
        name: (value: T) => string) =>
      h('fieldset', { class: 'facet', 'data-facet': key },
        h('legend', {}, title),
        ...values.map(({ value, count }) => {
          const on = state.chosen[key] === value;
          const button = h('button', { type: 'button', 'aria-pressed': on ? 'true' : 'false', 'data-value': value },
            `${name(value as T)} (${count})`);
          button.addEventListener('click', () => {
            state.chosen = { ...state.chosen, [key]: on ? undefined : value };
            void search({ facet: key, value });
          });
          return button;
        }));
    const clear = h('button', { type: 'button', class: 'clear' }, words.clearFilters);
    clear.addEventListener('click', () => {
      state.chosen = {};
      void search('results');
    });
    facets.hidden = false;
    facetGroups.replaceChildren(
      group<StudyDomain>(words.facetStudyDomain, 'studyDomain', counts.studyDomains, (v) => label(studyDomains, language, v)),
      group<Grade>(words.facetGrade, 'grade', counts.grades, (v) => label(grades, language, v)),
      group<Finality>(words.facetFinality, 'finality', counts.finalities, (v) => label(finalities, language, v)),
      clear);
  };

  const showResults = (found: PupilSearchQuery['search']) => {
    const items = found.edges.flatMap(({ node, highlights }) => {
      if (!('code' in node)) return [];
      const where = h('button', { type: 'button', class: 'where', 'data-code': node.code }, words.whereButton);
      where.addEventListener('click', () => void showOfferings(node.code, true));
      return [h('li', { class: 'programme', 'data-code': node.code },
        h('h3', {}, node.name.value),
        h('p', { class: 'tags' },
          label(studyDomains, language, node.studyDomain), ' · ', label(grades, language, node.grade), ' · ',
          label(finalities, language, node.finality),
          node.workplaceShare ? ' · ' + words.workplaceShare(node.workplaceShare) : ''),
        node.description ? h('p', {}, node.description.value) : null,
        ...highlights.slice(0, 1).flatMap((hl) => hl.fragments.slice(0, 1).map((f) => h('p', { class: 'why' }, highlighted(f)))),
        where)];
    });
    results.replaceChildren(
      resultsHeading(words.results(found.totalCount)),
      items.length ? h('ol', { class: 'hits' }, ...items) : nothingFound(found.closestProgrammes));
    if (state.programme) void showOfferings(state.programme);
    else offerings.remove();
  };

  /** Never an empty page: the programmes closest to words that found nothing, each a search for its name. */
  const nothingFound = (closest: PupilSearchQuery['search']['closestProgrammes']) => {
    if (!closest.length) return h('p', {}, words.noResults);
    return h('div', { class: 'did-you-mean' },
      h('p', {}, words.didYouMean),
      h('ul', {}, ...closest.map(({ code, name }) => {
        const pick = h('button', { type: 'button', class: 'closest', 'data-code': code }, name.value);
        pick.addEventListener('click', () => {
          text.value = name.value;
          state.chosen = {};
          void search('results');
        });
        return h('li', {}, pick);
      })));
  };

  // the list opens under the programme it belongs to
  const showOfferings = async (code: string, focus = false) => {
    state.programme = code;
    results.querySelector(`li.programme[data-code="${CSS.escape(code)}"]`)?.append(offerings);
    state.postcode = postcode.value.trim();
    const near = state.postcode ? { postcode: state.postcode, radiusKm: 30 } : undefined;
    try {
      const { programme } = await run(ProgrammeOfferingsNearDocument, { code, near, lang: language, first: 10 });
      offerings.replaceChildren(
        // under the programme's h3
        h('h4', { tabindex: '-1' }, words.whereOffered(programme.name.value, state.postcode || '…')),
        h('p', { class: 'count' }, words.offeredCount(programme.offerings.totalCount)),
        h('ol', { class: 'places' }, ...programme.offerings.edges.map(({ node }) =>
          h('li', { class: 'offering' },
            h('strong', {}, node.provider.name),
            h('span', {}, ` · ${node.postcode} ${node.municipality?.value ?? ''}`),
            node.distanceKm != null ? h('span', { class: 'distance' }, ' · ' + words.km(node.distanceKm)) : null,
            node.start ? h('span', {}, ` · ${words.starts} ${node.start}`) : null,
            h('p', { class: 'reach' },
              node.contact.enrolmentUrl ? h('a', { class: 'enrol', href: node.contact.enrolmentUrl }, words.enrol) : null,
              node.contact.website ? h('a', { class: 'website', href: node.contact.website }, words.website) : null,
              node.contact.phone ? h('a', { class: 'phone', href: `tel:${node.contact.phone}` }, node.contact.phone) : null,
              node.contact.email ? h('a', { class: 'email', href: `mailto:${node.contact.email}` }, node.contact.email) : null),
            h('p', { class: 'how-to-enrol' }, node.howToEnrol.value)))));
      status.textContent = words.offeredCount(programme.offerings.totalCount);
      if (focus) offerings.querySelector<HTMLElement>('h4')?.focus();
    } catch (error) {
      offerings.replaceChildren(h('p', { class: 'error' }, words.error, ' ', String((error as Error).message)));
    }
  };

  autocomplete(text, ['PROGRAMME'], words.suggestionsName, () => void search('results'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.programme = undefined;
    offerings.replaceChildren();
    void search('results');
  });
  if (state.text || Object.keys(state.chosen).length) void search();
}
