// A plan's care team: who takes part, in which role and on whose behalf, the koordinator first.
import { referenceKey, untrusted } from '@samspill/core/data.js';
import {
  clean,
  codesOf,
  conceptText,
  list,
  nameOf,
  referenceText,
  resolve,
  unresolved,
  type Fields,
  type PlanReader,
} from './care-plan.reader.js';

const { element, text } = untrusted;

/** A role is the koordinator (individuell plan) when its text or code says so, in any of our languages. */
export const COORDINATOR_ROLE = /koordinator|coordinator/i;

export interface CareTeamMember {
  readonly name: string;
  /** The roles in words ("Koordinator", "Fastlege"); empty when none is given. */
  readonly role: string;
  /** On whose behalf: the organisation ("Fjordvik hjemmetjeneste"); empty when not given. */
  readonly organization: string;
  readonly coordinator: boolean;
  /** The patient takes part in their own team. */
  readonly patient: boolean;
}

export interface CareTeamView {
  readonly key: string;
  readonly name: string;
  /** The koordinator first, then in the team's order. */
  readonly members: readonly CareTeamMember[];
  /** The managing organisations, in words. */
  readonly organizations: readonly string[];
  /** The CareTeam itself, for a "show source" view; empty when it could not be resolved. */
  readonly resources: readonly unknown[];
}

/** One `CarePlan.careTeam` reference as a team; undefined when it says nothing at all. */
export function careTeamView(
  reader: PlanReader,
  reference: unknown,
  plan: Fields,
  problem: (text: string) => void,
): CareTeamView | undefined {
  const team = resolve(reader, reference, plan);
  if (team?.resourceType !== 'CareTeam') {
    const literal = referenceKey(reference) !== undefined || text(element(reference)?.reference).startsWith('#');
    const unresolvedTeam = literal ? unresolved(reader, reference, reader.m.careTeamNoun) : undefined;
    if (unresolvedTeam) problem(unresolvedTeam);
    const name = clean(element(reference)?.display);
    return name ? { key: name, name, members: [], organizations: [], resources: [] } : undefined;
  }
  const container = text(element(reference)?.reference).startsWith('#') ? plan : team;
  const members = list(team.participant).flatMap((participant) => {
    const fields = element(participant);
    return fields ? [memberOf(reader, fields, container)] : [];
  });
  // Stable: the koordinator first, everyone else as the team lists them.
  const ordered = [
    ...members.filter((member) => member.coordinator),
    ...members.filter((member) => !member.coordinator),
  ];
  return {
    key: text(element(reference)?.reference) || text(team.id),
    name:
      clean(team.name) ||
      clean(element(reference)?.display) ||
      list(team.category)
        .map((c) => conceptText(reader, c))
        .find(Boolean) ||
      '',
    members: ordered,
    organizations: list(team.managingOrganization)
      .map((organization) => referenceText(reader, organization, container))
      .filter(Boolean),
    resources: [team],
  };
}

function memberOf(reader: PlanReader, participant: Fields, container: Fields): CareTeamMember {
  const roles = list(participant.role);
  const role = roles
    .map((concept) => conceptText(reader, concept))
    .filter(Boolean)
    .join(', ');
  const coordinator = roles.some(
    (concept) =>
      COORDINATOR_ROLE.test(text(element(concept)?.text)) ||
      codesOf(concept).some((coding) => COORDINATOR_ROLE.test(coding.code)) ||
      list(element(concept)?.coding).some((coding) => COORDINATOR_ROLE.test(text(element(coding)?.display))),
  );
  const member = resolve(reader, participant.member, container);
  const patient =
    member?.resourceType === 'Patient' || text(element(participant.member)?.reference).startsWith('Patient/');
  const name =
    (member ? nameOf(reader, member, container) : '') ||
    referenceText(reader, participant.member, container) ||
    reader.m.unnamedMember;
  const roleOrganization =
    member?.resourceType === 'PractitionerRole' ? referenceText(reader, member.organization, container) : '';
  return {
    name,
    role,
    organization: referenceText(reader, participant.onBehalfOf, container) || roleOrganization,
    coordinator,
    patient,
  };
}
