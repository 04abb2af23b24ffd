// Plans as a tree: each plan under the plan it is `partOf` (else `basedOn`), top-level plans and
// siblings in list order (current first). A loop (A part of B part of A) is broken, never followed.
import type { CarePlanView, PlanZone } from './care-plan.plan.js';

export interface CarePlanNode {
  readonly plan: CarePlanView;
  readonly children: readonly CarePlanNode[];
  readonly depth: number;
  /** The zones among the children (green, yellow, red), for a traffic-light view. */
  readonly zones: readonly PlanZone[];
  /** This plan was part of a loop, and is shown at the top instead. */
  readonly loop: boolean;
}

const ZONE_ORDER = ['green', 'yellow', 'red'];

/** The tree of `plans`, which must already be in list order. */
export function planTree(
  input: readonly CarePlanView[],
  loopMessage: string,
): { roots: CarePlanNode[]; plans: CarePlanView[] } {
  const byKey = new Map(input.map((plan) => [plan.key, plan]));
  const parent = new Map<string, string>();
  for (const plan of input) {
    const up = [...plan.partOf, ...plan.basedOn].find((key) => key !== plan.key && byKey.has(key));
    if (up !== undefined) parent.set(plan.key, up);
  }
  // Break each loop at its first plan in list order.
  const looped = new Set<string>();
  for (const plan of input) {
    const visited = new Set<string>([plan.key]);
    let current = parent.get(plan.key);
    while (current !== undefined && !visited.has(current)) {
      visited.add(current);
      current = parent.get(current);
    }
    if (current === plan.key) {
      parent.delete(plan.key);
      looped.add(plan.key);
    }
  }
  const plans = input.map((plan) =>
    looped.has(plan.key) ? { ...plan, problems: [...plan.problems, loopMessage] } : plan,
  );
  const children = new Map<string, CarePlanView[]>();
  for (const plan of plans) {
    const up = parent.get(plan.key);
    if (up === undefined) continue;
    const siblings = children.get(up) ?? [];
    siblings.push(plan);
    children.set(up, siblings);
  }
  const placed = new Set<string>();
  const build = (plan: CarePlanView, depth: number): CarePlanNode => {
    placed.add(plan.key);
    const below = (children.get(plan.key) ?? [])
      .filter((child) => !placed.has(child.key))
      .map((child) => build(child, depth + 1));
    const loop = looped.has(plan.key);
    return {
      plan,
      children: below,
      depth,
      zones: below
        .flatMap((child) => (child.plan.zone ? [child.plan.zone] : []))
        .sort((a, b) => ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone)),
      loop,
    };
  };
  const roots = plans.filter((plan) => !parent.has(plan.key)).map((plan) => build(plan, 0));
  // Whatever a loop left unplaced (cannot happen once loops are broken, but never lose a plan).
  for (const plan of plans) if (!placed.has(plan.key)) roots.push(build(plan, 0));
  return { roots, plans };
}
