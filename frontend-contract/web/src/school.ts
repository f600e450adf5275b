import { run } from './api';
import { autocomplete } from './autocomplete';
import { h, resultsHeading, statusRegion } from './dom';
import { type SiteLanguage, wordsFor } from './i18n';
import { WorkplacesNearCampusDocument, type WorkplacesNearCampusQuery } from '../generated/graphql';

const state: { programme?: { code: string; name: string }; campus: string; radiusKm: number } = { campus: '', radiusKm: 20 };

/** A school's finder of recognised workplaces near its campus, those looking for a learner first. */
export function workplaceFinder(screen: HTMLElement, language: SiteLanguage) {
  const words = wordsFor(language);
  const programme = h('input', { id: 'school-programme', type: 'text', placeholder: words.programmePlaceholder });
  const campus = h('input', { id: 'school-campus', inputmode: 'numeric', maxlength: '4', size: '5' });
  const radius = h('select', { id: 'school-radius' },
    ...[10, 20, 30, 50].map((km) => h('option', { value: String(km), selected: km === state.radiusKm }, String(km))));
  programme.value = state.programme?.name ?? '';
  campus.value = state.campus;
  const form = h('form', { class: 'ask' },
    h('label', { for: 'school-programme' }, words.programmeLabel),
    h('div', { class: 'combo' }, programme),
    h('label', { for: 'school-campus' }, words.campusLabel),
    campus,
    h('label', { for: 'school-radius' }, words.radiusLabel),
    radius,
    h('button', { type: 'submit' }, words.findWorkplaces));
  const results = h('section', { class: 'results' });
  const status = statusRegion();
  screen.replaceChildren(form, status, results);

  const find = async (focus = false) => {
    state.campus = campus.value.trim();
    state.radiusKm = Number(radius.value);
    if (!state.programme || state.programme.name !== programme.value) {
      results.replaceChildren(h('p', { class: 'error' }, words.choose));
      status.textContent = words.choose;
      return;
    }
    try {
      const data = await run(WorkplacesNearCampusDocument, {
        programme: state.programme.code,
        near: state.campus ? { postcode: state.campus, radiusKm: state.radiusKm } : undefined,
        lang: language,
        first: 20,
      });
      show(data.workplaces);
      status.textContent = words.workplacesCount(data.workplaces.totalCount);
      if (focus) results.querySelector<HTMLElement>('h2.count')?.focus();
    } catch (error) {
      results.replaceChildren(h('p', { class: 'error' }, words.error, ' ', String((error as Error).message)));
      status.textContent = words.error;
    }
  };

  const show = (found: WorkplacesNearCampusQuery['workplaces']) => {
    results.replaceChildren(
      resultsHeading(words.workplacesCount(found.totalCount)),
      h('ol', { class: 'hits' }, ...found.edges.map(({ node }) => {
        const recognition = node.recognitions.find((r) => r.programme.code === state.programme?.code);
        return h('li', { class: 'workplace' + (node.lookingForLearner ? ' looking' : '') },
          h('h3', {}, node.name.value),
          h('p', {},
            // null: the company has not said, which is neither yes nor no
            node.lookingForLearner == null ? null
              : h('span', { class: 'badge' }, node.lookingForLearner ? words.looking : words.notLooking),
            node.lookingForLearner && node.places ? ' · ' + words.places(node.places) : '',
            node.lookingForLearner && node.availableFrom ? ` · ${words.availableFrom} ${node.availableFrom}` : ''),
          h('p', {}, `${node.postcode} ${node.municipality?.value ?? ''}`,
            node.distanceKm != null ? h('span', { class: 'distance' }, ' · ' + words.km(node.distanceKm)) : null),
          recognition
            ? h('p', { class: 'recognition' },
                recognition.partnership ? `${words.recognisedBy} ${recognition.partnership.name.value} · ` : '',
                `${words.validUntil} ${recognition.validUntil}`)
            : null);
      })));
  };

  autocomplete(programme, ['PROGRAMME'], words.suggestionsName, (suggestion) => {
    state.programme = { code: suggestion.id, name: suggestion.text };
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void find(true);
  });
  if (state.programme) void find();
}
