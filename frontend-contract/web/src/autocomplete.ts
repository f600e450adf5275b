import { run } from './api';
import { debounce, h } from './dom';
import { SuggestDocument, type SuggestQuery, type SuggestionKind } from '../generated/graphql';

type Suggestion = SuggestQuery['suggest'][number];

/**
 * Autocomplete on a text input, by the contract's Suggest operation on every keystroke: a list under the input, chosen
 * with the mouse or the arrow keys and Enter.
 */
export function autocomplete(input: HTMLInputElement, kinds: SuggestionKind[], onPick: (suggestion: Suggestion) => void) {
  const list = h('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('role', 'combobox');
  let suggestions: Suggestion[] = [];
  let active = -1;
  let asked = '';

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const pick = (suggestion: Suggestion) => {
    input.value = suggestion.text;
    close();
    onPick(suggestion);
  };
  const show = () => {
    list.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const item = h('li', { role: 'option', 'aria-selected': index === active ? 'true' : 'false' }, suggestion.text);
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(suggestion);
        });
        return item;
      }),
    );
    list.hidden = suggestions.length === 0;
  };
  const ask = debounce(async (prefix: string) => {
    asked = prefix;
    const data = await run(SuggestDocument, { prefix, kinds, size: 8 });
    if (asked === prefix && input.value.trim() === prefix) {
      suggestions = data.suggest;
      active = -1;
      show();
    }
  }, 120);

  input.addEventListener('input', () => {
    const prefix = input.value.trim();
    if (prefix.length === 0 || prefix.length > 100) {
      suggestions = [];
      close();
      return;
    }
    ask(prefix);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      show();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(suggestions[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
