// The roles a DIPS Arena user works in: one organisation (a helseforetak) and one department in it,
// picked at login and bound into the session, so every token and launch says which. The units are
// fictional, like the sandbox's data: St. Sunnivas hospital is the hospital of the synthetic patients
// (same RESH ids), Nordfjell sjukehus a second trust. RESH is NHN's register of specialist-care units.

/** no-basis: RESH, the register of units in the specialist health service. */
export const RESH_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.102';

export interface OrganisationUnit {
  readonly name: string;
  /** The unit's RESH id. */
  readonly resh: string;
}

export interface DipsRole {
  /** Stable id: the launcher's and the login page's value, and `dips_role.id`. */
  readonly id: string;
  /** The helseforetak. */
  readonly organization: OrganisationUnit;
  /** The department (avdeling) within it. */
  readonly department: OrganisationUnit;
}

const SUNNIVA: OrganisationUnit = { name: 'St. Sunnivas hospital HF', resh: '4209990' };
const NORDFJELL: OrganisationUnit = { name: 'Nordfjell sjukehus HF', resh: '4209980' };

/** A launch that names no role works in this one: the ward of the synthetic patients' doctors. */
export const DEFAULT_DIPS_ROLE: DipsRole = {
  id: 'sunniva-geriatri',
  organization: SUNNIVA,
  department: { name: 'Geriatrisk avdeling', resh: '4209991' },
};

/** The default first. */
export const DIPS_ROLES: readonly DipsRole[] = [
  DEFAULT_DIPS_ROLE,
  { id: 'sunniva-hjerte', organization: SUNNIVA, department: { name: 'Hjerteavdelingen', resh: '4209992' } },
  { id: 'sunniva-akutt', organization: SUNNIVA, department: { name: 'Akuttmottaket', resh: '4209993' } },
  { id: 'nordfjell-medisin', organization: NORDFJELL, department: { name: 'Medisinsk avdeling', resh: '4209981' } },
];

export function dipsRole(id: string): DipsRole | undefined {
  return DIPS_ROLES.find((role) => role.id === id);
}

/** "St. Sunnivas hospital HF / Geriatrisk avdeling", as the login page and the launcher show it. */
export function roleLabel(role: DipsRole): string {
  return `${role.organization.name} / ${role.department.name}`;
}

/**
 * The role as the token response, introspection and the id_token carry it (`dips_role`): the ids
 * and names of both units, and each unit's RESH id as a no-basis identifier for a FHIR search.
 */
export function dipsRoleClaim(role: DipsRole): Record<string, unknown> {
  const unit = (of: OrganisationUnit) => ({
    name: of.name,
    resh: of.resh,
    identifier: { system: RESH_SYSTEM, value: of.resh },
  });
  return { id: role.id, organization: unit(role.organization), department: unit(role.department) };
}
