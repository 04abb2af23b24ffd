// WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between the tabs, and the
// chosen tab is kept in the URL hash, so a reload opens it again. Every panel stays mounted (hidden
// when not chosen): the components in it load once, whichever tab is shown.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  /** Also the URL hash that opens the tab. */
  readonly id: string;
  readonly label: string;
  readonly content: ReactNode;
}

/** The tab the address names, else the first. */
function fromHash(tabs: readonly Tab[]): number {
  return Math.max(
    0,
    tabs.findIndex((tab) => `#${tab.id}` === location.hash),
  );
}

export function Tabs({ tabs, label }: { readonly tabs: readonly Tab[]; readonly label: string }) {
  const [selected, setSelected] = useState(() => fromHash(tabs));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const follow = () => {
      setSelected(fromHash(tabs));
    };
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
    };
  }, [tabs]);

  const choose = (index: number) => {
    setSelected(index);
    buttons.current[index]?.focus();
    // replaceState, not location.hash: no history entry per click, and history.state (where ready()
    // keeps this tab's session key) stays as it is.
    history.replaceState(history.state, '', `#${tabs[index]?.id ?? ''}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: selected === last ? 0 : selected + 1,
      ArrowLeft: selected === 0 ? last : selected - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={index === selected}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => {
              choose(index);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <section
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          tabIndex={0}
          hidden={index !== selected}
        >
          {tab.content}
        </section>
      ))}
    </div>
  );
}
