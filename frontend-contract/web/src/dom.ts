/** A tiny element builder: the pages are small enough to need no framework. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Text with the engine's <em> highlights kept as emphasis and everything else escaped. */
export function highlighted(fragment: string): HTMLElement {
  const span = h('span', { class: 'highlight' });
  fragment.split(/(<em>.*?<\/em>)/).forEach((part) => {
    const match = /^<em>(.*)<\/em>$/.exec(part);
    span.append(match ? h('mark', {}, match[1]) : part);
  });
  return span;
}

export function debounce<A extends unknown[]>(action: (...args: A) => void, millis: number): (...args: A) => void {
  let timer: number | undefined;
  return (...args: A) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => action(...args), millis);
  };
}

/**
 * A polite live region for what a search found: screen readers read its text when it changes, without taking the
 * focus. Visually hidden, because the page shows the same words in the results heading.
 */
export function statusRegion(): HTMLElement {
  return h('p', { class: 'visually-hidden', role: 'status' });
}

/**
 * The heading a search's results start with, focusable by script only (tabindex -1), so that focus can be moved
 * there after a search and a keyboard user continues from the results.
 */
export function resultsHeading(text: string): HTMLHeadingElement {
  return h('h2', { class: 'count', tabindex: '-1' }, text);
}
