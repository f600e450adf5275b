import { run } from './api';
import { debounce, h } from './dom';
import { SuggestDocument, type SuggestQuery, type SuggestionKind } from '../generated/graphql';

type Suggestion = SuggestQuery['suggest'][number];

/**
 * Autocomplete on a text input, by the contract's Suggest operation on every keystroke, as the WAI-ARIA combobox
 * pattern (list autocomplete) says: the input is the combobox and keeps the focus; the list under it is a named
 * listbox; the arrow keys move the active option (announced through aria-activedescendant), Enter picks it, Escape
 * closes the list, and submitting the form closes it too (a late answer does not open it again).
 */
export function autocomplete(input: HTMLInputElement, kinds: SuggestionKind[], listName: string,
    onPick: (suggestion: Suggestion) => void) {
  const id = `${input.id}-suggestions`;
  const list = h('ul', { id, class: 'suggestions', role: 'listbox', 'aria-label': listName, hidden: true });
  input.after(list);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', id);
  input.setAttribute('aria-expanded', 'false');
  let suggestions: Suggestion[] = [];
  let active = -1;
  let asked = '';

  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const pick = (suggestion: Suggestion) => {
    input.value = suggestion.text;
    close();
    onPick(suggestion);
  };
  const show = () => {
    list.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const item = h('li', { id: `${id}-${index}`, role: 'option', 'aria-selected': index === active ? 'true' : 'false' },
          suggestion.text);
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(suggestion);
        });
        return item;
      }),
    );
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const ask = debounce(async (prefix: string) => {
    asked = prefix;
    const data = await run(SuggestDocument, { prefix, kinds, size: 8 });
    if (asked === prefix && input.value.trim() === prefix && document.activeElement === input) {
      suggestions = data.suggest;
      active = -1;
      show();
    }
  }, 120);

  input.addEventListener('input', () => {
    const prefix = input.value.trim();
    if (prefix.length === 0 || prefix.length > 100) {
      suggestions = [];
      asked = '';
      close();
      return;
    }
    ask(prefix);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      if (list.hidden) {
        // a closed list opens again on the arrow keys, on its first or last option
        active = event.key === 'ArrowDown' ? 0 : suggestions.length - 1;
      } else {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = (active + step + suggestions.length) % suggestions.length;
      }
      show();
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      pick(suggestions[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  // a submitted search closes the list, and an answer still on its way must not open it over the results
  input.form?.addEventListener('submit', () => {
    asked = '';
    close();
  });
}
