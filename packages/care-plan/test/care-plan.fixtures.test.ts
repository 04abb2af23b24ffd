import { describe, expect, test } from 'vitest';
import { FIXTURE_SETS, readFixtureSet } from '@samspill/fixtures/node';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import { carePlanModel, type CarePlanNode, type CarePlanView } from '../src/index.js';
import { ANCHOR, badTexts, generated, patientResources, unpack } from './care-plan-text.js';

interface RawPlan {
  readonly resourceType: 'CarePlan';
  readonly id?: string;
  readonly activity?: readonly { detail?: { status?: string }; reference?: unknown }[];
}

function expectReadable(plans: readonly CarePlanView[]): void {
  for (const plan of plans) {
    expect(plan.title.trim(), plan.key).not.toBe('');
    expect(plan.statusText.trim(), plan.key).not.toBe('');
    expect(badTexts(plan), plan.key).toEqual([]);
  }
}

function flatten(nodes: readonly CarePlanNode[]): CarePlanView[] {
  return nodes.flatMap((node) => [node.plan, ...flatten(node.children)]);
}

describe('fixture sets', () => {
  test.each(FIXTURE_SETS)('%s: every CarePlan gives a plan with a title, a status and its activities', (set) => {
    const files = readFixtureSet(set).map(({ resource }) => resource);
    const resources = files.flatMap(unpack);
    const raw = resources.filter((resource): resource is never => resource.resourceType === 'CarePlan') as RawPlan[];
    // The Bundles as they are: their `urn:uuid:` references resolve through the entries' fullUrl.
    const model = carePlanModel(files, { now: ANCHOR, includeEnteredInError: true });
    const byKey = new Map(model.plans.map((plan) => [plan.key, plan]));
    for (const plan of raw) {
      const view = byKey.get(`CarePlan/${plan.id ?? ''}`);
      expect(view, plan.id).toBeDefined();
      const expected = (plan.activity ?? []).filter((activity) => activity.detail?.status !== 'entered-in-error');
      expect(view?.activities.length, plan.id).toBe(expected.length);
      expect(view?.activityGroups.flatMap((group) => group.activities).length, plan.id).toBe(expected.length);
    }
    expect(model.plans.length).toBe(new Set(raw.map((plan) => plan.id)).size);
    // The tree holds every plan once.
    expect(
      flatten(model.roots)
        .map((plan) => plan.key)
        .sort(),
    ).toEqual(model.plans.map((plan) => plan.key).sort());
    expectReadable(model.plans);
    // What a plan addresses is named: never the "no name" of an unresolved reference.
    for (const plan of model.plans) expect(plan.conditions, plan.key).not.toContain('Uten navn');
  });
});

describe('generated population', () => {
  test('seed 1: every plan is readable, with no problems, and the tree holds each once', () => {
    const model = carePlanModel(generated(1), { now: ANCHOR });
    expect(model.plans.length).toBeGreaterThanOrEqual(5);
    expectReadable(model.plans);
    for (const plan of model.plans) {
      expect(plan.problems, plan.key).toEqual([]);
      for (const goal of plan.goals) expect(goal.problems, goal.key).toEqual([]);
      for (const activity of plan.activities) expect(activity.problems, activity.key).toEqual([]);
    }
    expect(flatten(model.roots)).toHaveLength(model.plans.length);
  });

  test('Ragnhild: the individuell plan with its koordinator, patient goals and delplaner as a tree', () => {
    const model = carePlanModel(patientResources(generated(1), PATIENT_IDS.ragnhild), { now: ANCHOR });
    expect(model.roots).toHaveLength(1);
    const [root] = model.roots;
    const plan = root?.plan;
    expect(plan?.type).toBe('individual');
    expect(plan?.title).toMatch(/^Individuell plan for /);
    expect(plan?.description).toMatch(/barnebarna/);
    expect(plan?.coordinator?.name).toBe('Siri Lundemo');
    expect(plan?.careTeams[0]?.members[0]?.coordinator).toBe(true);
    expect(plan?.careTeams[0]?.members[0]?.role).toBe('Koordinator');
    expect(plan?.careTeams[0]?.members.find((member) => member.patient)?.role).toBe('Pasient');
    expect(plan?.conditions.length).toBeGreaterThan(0);
    // The patient's own goals come first; the GP's weight goal last.
    expect(plan?.goals.map((goal) => goal.expressedByPatient)).toEqual([true, true, false]);
    const walk = plan?.goals[0]?.targets[0];
    expect(walk?.progress.state).toBe('not-met');
    expect(walk?.progress.series.map((point) => point.value)).toEqual([50, 120, 200, 320, 420]);
    // The completed meeting's outcome: the home visit Encounter.
    expect(plan?.activities[0]?.outcomes.length).toBe(1);
    // Current delplaner first (kommune, then its training programme below it), the finished hospital one last.
    expect(root?.children.map((node) => node.plan.key)).toEqual([
      `CarePlan/${PATIENT_IDS.ragnhild}-ip-kommune`,
      `CarePlan/${PATIENT_IDS.ragnhild}-ip-sykehus`,
    ]);
    expect(root?.children[0]?.children[0]?.plan.key).toBe(`CarePlan/${PATIENT_IDS.ragnhild}-ip-trening`);
    expect(root?.children[0]?.children[0]?.depth).toBe(2);
    // Every activity status the generator uses is there.
    const statuses = new Set(
      flatten(model.roots).flatMap((view) => view.activities.map((activity) => activity.status)),
    );
    expect([...statuses].sort()).toEqual(
      ['cancelled', 'completed', 'in-progress', 'not-started', 'on-hold', 'scheduled', 'stopped'].sort(),
    );
  });

  test("Kjell: the GP's follow-up plan, and progress towards the weight goal from his weights", () => {
    const model = carePlanModel(patientResources(generated(1), PATIENT_IDS.kjell), { now: ANCHOR });
    expect(model.plans).toHaveLength(1);
    const plan = model.plans[0];
    expect(plan?.type).toBe('follow-up');
    const target = plan?.goals[0]?.targets[0];
    expect(target?.detail).toBe('≤ 95 kg');
    expect(target?.progress.state).toBe('not-met');
    expect(target?.progress.latest?.text).toBe('97,2 kg');
    // The series is oldest first and ends with the latest; measurements after "now" are left out.
    const series = target?.progress.series ?? [];
    const times = series.map((point) => point.date?.startMs ?? 0);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(series.at(-1)?.value).toBe(97.2);
    expect(times.every((time) => time <= ANCHOR.getTime())).toBe(true);
    const scheduled = plan?.activities.find((activity) => activity.status === 'scheduled');
    expect(scheduled?.next?.startMs).toBeGreaterThan(ANCHOR.getTime());
  });

  test('Henrik: a heart-failure zone plan, green, yellow and red, each with when it applies and what to do', () => {
    const model = carePlanModel(patientResources(generated(1), PATIENT_IDS.henrik), { now: ANCHOR });
    expect(model.roots).toHaveLength(1);
    const root = model.roots[0];
    expect(root?.plan.title).toBe('Egenbehandlingsplan ved hjertesvikt');
    const zones = root?.zones ?? [];
    expect(zones.map((zone) => zone.zone)).toEqual(['green', 'yellow', 'red']);
    expect(zones[1]).toMatchObject({
      text: 'Gul sone',
      criterion: 'Vekten har økt mer enn 2 kg på 3 dager, eller du blir mer andpusten',
      instructions: ['Ta 1 ekstra tablett furosemid samme dag', 'Ring hjemmesykepleien eller fastlegen innen ett døgn'],
    });
    expect(zones[2]?.instructions).toEqual(['Ring 113']);
    expect(model.problems).toEqual([]);
  });
});
