// The launch context, folded away below the views: for whoever checks a launch by eye.
import type { Locale } from '@samspill/core/data.js';
import type { SmartSession } from '@samspill/smart';
import { texts } from './texts.js';
import { element, factList } from './views.js';

export function launchDetails(session: SmartSession, locale: Locale): HTMLElement {
  const t = texts[locale];
  const { context } = session;
  const user = context.fhirUser ? `${context.fhirUser.resourceType}/${context.fhirUser.id}` : t.none;
  return element(
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
}
