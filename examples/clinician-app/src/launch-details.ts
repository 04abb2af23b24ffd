// The launch context, folded away below the views: for whoever checks a launch by eye. It says what of
// the EHR's style document the app left unused, and why (illegible or unreadable values).
import { describeRefusedStyle, type Locale, type RefusedStyleField } from '@samspill/core/data.js';
import type { SmartSession } from '@samspill/smart';
import { texts } from './texts.js';
import { element, factList } from './views.js';

export function launchDetails(
  session: SmartSession,
  locale: Locale,
  refusedStyle: readonly RefusedStyleField[] = [],
): HTMLElement {
  const t = texts[locale];
  const { context } = session;
  const user = context.fhirUser ? `${context.fhirUser.resourceType}/${context.fhirUser.id}` : t.none;
  const details = element(
    'details',
    { class: 'launch-context' },
    element('summary', {}, t.launchContext),
    factList([
      [t.vendor, session.vendor],
      [t.user, user],
      [t.encounter, context.encounter ?? t.none],
      [t.scopes, String(context.scopes.list.length)],
    ]),
  );
  if (refusedStyle.length > 0) details.append(styleNotice(refusedStyle, locale));
  return details;
}

function styleNotice(refused: readonly RefusedStyleField[], locale: Locale): HTMLElement {
  const { heading, lines, kept } = describeRefusedStyle(refused, locale);
  return element(
    'section',
    { class: 'style-refused', 'aria-labelledby': 'style-refused-heading' },
    element('h2', { id: 'style-refused-heading' }, heading),
    element('ul', {}, ...lines.map((line) => element('li', {}, line))),
    element('p', {}, kept),
  );
}
