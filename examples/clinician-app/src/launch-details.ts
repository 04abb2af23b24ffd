// The launch context, folded away below the views: for whoever checks a launch by eye. The user and
// the encounter read as a name and a visit, never as ids. It says what of the EHR's style document the
// app left unused, and why (illegible or unreadable values).
import {
  describeRefusedStyle,
  formatCodeableConcept,
  formatCoding,
  formatHumanName,
  formatPeriod,
  type Locale,
  type RefusedStyleField,
} from '@samspill/core/data.js';
import type { SmartSession } from '@samspill/smart';
import type { Encounter, Resource } from 'fhir/r4.js';
import { texts } from './texts.js';
import { element, factList } from './views.js';

export interface LaunchDetailsData {
  /** The resource `fhirUser` names, when it could be read. */
  readonly user?: Resource | undefined;
  /** The encounter in context, when it could be read. */
  readonly encounter?: Encounter | undefined;
  readonly refusedStyle?: readonly RefusedStyleField[];
}

export function launchDetails(session: SmartSession, locale: Locale, data: LaunchDetailsData = {}): HTMLElement {
  const t = texts[locale];
  const { context } = session;
  const user = context.fhirUser ? userName(data.user, locale) || t.notReadable : t.none;
  const encounter = context.encounter ? encounterText(data.encounter, locale) || t.notReadable : t.none;
  const details = element(
    'details',
    { class: 'launch-context' },
    element('summary', {}, t.launchContext),
    factList([
      [t.vendor, session.vendor],
      [t.user, user],
      // The role the user chose at login, where the EHR has one (DIPS): department, organisation.
      ...(context.role
        ? [
            [
              t.role,
              [context.role.department?.name, context.role.organization?.name].filter(Boolean).join(', ') ||
                t.notReadable,
            ] as const,
          ]
        : []),
      [t.encounter, encounter],
      [t.scopes, String(context.scopes.list.length)],
    ]),
  );
  const refused = data.refusedStyle ?? [];
  if (refused.length > 0) details.append(styleNotice(refused, locale));
  return details;
}

/** A Practitioner's, Patient's or RelatedPerson's name. */
function userName(user: Resource | undefined, locale: Locale): string {
  return user && 'name' in user ? formatHumanName(user.name as Parameters<typeof formatHumanName>[0], { locale }) : '';
}

/** "Poliklinisk konsultasjon, 3. des. 2026": what kind of visit, and when. */
function encounterText(encounter: Encounter | undefined, locale: Locale): string {
  if (!encounter) return '';
  const kind = formatCodeableConcept(encounter.type?.[0], { locale }) || formatCoding(encounter.class, { locale });
  return [kind, formatPeriod(encounter.period, { locale })].filter(Boolean).join(', ');
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
