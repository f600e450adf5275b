import { run } from './api';
import { h, resultsHeading, statusRegion } from './dom';
import { audiences, label, steps, type SiteLanguage, wordsFor } from './i18n';
import { SupportServicesDocument, type Audience, type ProcessStep } from '../generated/graphql';

const AUDIENCES: Audience[] = ['PUPIL', 'PARENT', 'SCHOOL', 'COMPANY', 'MENTOR'];
const STEPS: ProcessStep[] = ['INFORM_ORIENT', 'CHOOSE_PROGRAMME', 'FIND_WORKPLACE', 'GET_RECOGNISED', 'TRAIN_MENTORS',
  'SIGN_AGREEMENT', 'PREMIUMS', 'GUIDANCE', 'CERTIFICATION', 'PROBLEMS_EXIT'];

const state: { audience: Audience; step: ProcessStep; postcode: string; asked: boolean } =
  { audience: 'PUPIL', step: 'FIND_WORKPLACE', postcode: '', asked: false };

/** "Who helps me?": the support services for who is asking, in which step, where. */
export function whoHelpsMe(screen: HTMLElement, language: SiteLanguage) {
  const words = wordsFor(language);
  const audience = h('select', { id: 'help-audience' }, ...AUDIENCES.map((value) =>
    h('option', { value, selected: value === state.audience }, label(audiences, language, value))));
  const step = h('select', { id: 'help-step' }, ...STEPS.map((value) =>
    h('option', { value, selected: value === state.step }, label(steps, language, value))));
  const postcode = h('input', { id: 'help-postcode', inputmode: 'numeric', maxlength: '4', size: '5' });
  postcode.value = state.postcode;
  const form = h('form', { class: 'ask' },
    h('label', { for: 'help-audience' }, words.audienceLabel), audience,
    h('label', { for: 'help-step' }, words.stepLabel), step,
    h('label', { for: 'help-postcode' }, words.placeLabel), postcode,
    h('button', { type: 'submit' }, words.findHelp));
  const results = h('section', { class: 'results' });
  const status = statusRegion();
  screen.replaceChildren(form, status, results);

  const find = async (focus = false) => {
    state.audience = audience.value as Audience;
    state.step = step.value as ProcessStep;
    state.postcode = postcode.value.trim();
    state.asked = true;
    try {
      const { supportServices } = await run(SupportServicesDocument, {
        audience: state.audience,
        step: state.step,
        near: state.postcode ? { postcode: state.postcode } : undefined,
        lang: language,
        first: 20,
      });
      results.replaceChildren(
        resultsHeading(words.servicesCount(supportServices.totalCount)),
        h('ol', { class: 'hits' }, ...supportServices.edges.map(({ node }) =>
          h('li', { class: 'service' },
            h('h3', {}, node.title.value),
            h('p', { class: 'by' }, `${words.offeredBy} ${node.stakeholder.name.value}`),
            node.description ? h('p', {}, node.description.value) : null,
            h('ul', { class: 'channels' }, ...node.channels.map((channel) =>
              h('li', {}, `${channel.label?.value ?? channel.kind}: ${channel.value}`)))))));
      status.textContent = words.servicesCount(supportServices.totalCount);
      if (focus) results.querySelector<HTMLElement>('h2.count')?.focus();
    } catch (error) {
      results.replaceChildren(h('p', { class: 'error' }, words.error, ' ', String((error as Error).message)));
      status.textContent = words.error;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void find(true);
  });
  if (state.asked) void find();
}
