// WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between the tabs, and the
// chosen tab is kept in the URL hash, so a reload opens it again. Every panel stays in the document
// (hidden when not chosen), so what a panel holds is built and loaded once, whichever tab is shown.
import { element } from './views.js';

export interface Tab {
  /** Also the URL hash that opens the tab. */
  readonly id: string;
  readonly label: string;
  readonly content: Node;
}

export function tabs(list: readonly Tab[], label: string): HTMLElement {
  const buttons = list.map((tab) =>
    element(
      'button',
      { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}` },
      tab.label,
    ),
  );
  const panels = list.map((tab) =>
    element(
      'section',
      { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, tabindex: '0' },
      tab.content,
    ),
  );
  const tablist = element('div', { role: 'tablist', 'aria-label': label }, ...buttons);

  const show = (index: number): void => {
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      const panel = panels[i];
      if (panel) panel.hidden = i !== index;
    });
  };
  const choose = (index: number): void => {
    show(index);
    buttons[index]?.focus();
    // replaceState, not location.hash: no history entry per click, and history.state (where ready()
    // keeps this tab's session key) stays as it is.
    history.replaceState(history.state, '', `#${list[index]?.id ?? ''}`);
  };
  const fromHash = (): number => {
    const index = list.findIndex((tab) => `#${tab.id}` === location.hash);
    return index === -1 ? 0 : index;
  };

  buttons.forEach((button, index) => {
    button.addEventListener('click', () => {
      choose(index);
    });
  });
  tablist.addEventListener('keydown', (event) => {
    const current = buttons.findIndex((button) => button.getAttribute('aria-selected') === 'true');
    const last = buttons.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  });
  window.addEventListener('hashchange', () => {
    show(fromHash());
  });
  show(fromHash());
  return element('div', { class: 'tabs' }, tablist, ...panels);
}
