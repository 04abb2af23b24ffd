// Loaded by a page under a strict Content Security Policy (scripts/wtr-csp.mjs) for
// csp.security.browser.test.ts: core's own elements — <sam-notice> in every variant with a heading,
// text and a button, <sam-status> for every kind of status, <sam-fhir-context> in every theme — and
// core's state view in every state, with its styles; then what the policy refused, posted to the test.
import { html, LitElement, render, type TemplateResult } from 'lit';
import '../src/define.js';
import {
  DATA_STATUSES,
  NOTICE_VARIANTS,
  THEMES,
  componentStyles,
  renderDataState,
  stateStyles,
  themeStyles,
  type DataState,
  type DataStatus,
} from '../src/index.js';
import { watchCspViolations } from '../src/testing.js';

const csp = watchCspViolations();
const reached: Record<string, string> = {};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const unavailable = { kind: 'unavailable', resourceType: 'CarePlan', status: 503, message: '503' } as const;

/** Core's state view in one state, as a component draws it. */
class StateView extends LitElement {
  static override styles = [componentStyles, stateStyles];
  static override properties = { status: {} };
  status: DataStatus = 'idle';

  override render(): TemplateResult {
    const failing = this.status === 'error' || this.status === 'partial';
    const state: DataState<string[]> = {
      status: this.status,
      data: this.status === 'data' || this.status === 'partial' ? ['Plan'] : undefined,
      outcomes: failing
        ? [{ resourceType: 'CarePlan', via: 'search', status: 'failed', count: 0, failures: [unavailable] }]
        : [],
      failures: failing ? [unavailable] : [],
      retry: () => undefined,
    };
    return renderDataState(state, {
      locale: 'nb',
      empty: 'Ingen planer er registrert.',
      data: (plans) =>
        html`<ul>
          ${plans.map((plan) => html`<li>${plan}</li>`)}
        </ul>`,
    });
  }
}
customElements.define('test-csp-state-view', StateView);

if (themeStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet];
render(
  html`${THEMES.map(
    (theme) =>
      html`<sam-fhir-context theme=${theme} locale="nb">
        ${NOTICE_VARIANTS.map(
          (variant) =>
            html`<sam-notice variant=${variant} heading="Legemidler"
              >Kunne ikke hente alle data. <button type="button" slot="action">Prøv igjen</button></sam-notice
            >`,
        )}
        ${['active', 'on-hold', 'intended', 'completed', 'stopped', 'entered-in-error', 'unknown', '<b>x</b>'].map(
          (status) => html`<sam-status status=${status}></sam-status>`,
        )}
        ${DATA_STATUSES.map((status) => html`<test-csp-state-view status=${status}></test-csp-state-view>`)}
      </sam-fhir-context>`,
  )}`,
  document.body,
);
const elements = [
  ...document.querySelectorAll<LitElement>('sam-fhir-context, sam-notice, sam-status, test-csp-state-view'),
];
await Promise.all(elements.map((el) => el.updateComplete));
for (const tag of ['sam-notice', 'sam-status']) {
  const drawn = [...document.querySelectorAll(tag)].filter((el) => el.shadowRoot?.querySelector('[part]'));
  reached[`<${tag}>`] = `${String(drawn.length)} drawn`;
}
reached['<sam-fhir-context>'] = [...document.querySelectorAll('sam-fhir-context')]
  .map((el) => el.getAttribute('data-sam-theme'))
  .join(' ');
for (const view of document.querySelectorAll('test-csp-state-view')) {
  const state = view.shadowRoot?.querySelector('.sam-state');
  reached[`state view ${view.getAttribute('status') ?? ''}`] = state?.getAttribute('data-status') ?? 'none';
}

// Violations are reported in a task of their own: let them arrive.
await frame();
await new Promise((resolve) => setTimeout(resolve, 50));
parent.postMessage({ type: 'samspill-csp', violations: csp.violations, reached }, location.origin);
