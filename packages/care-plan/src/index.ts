// The public API of @samspill/care-plan: the element class, the pure model and the data step.
// Side-effect free: `@samspill/care-plan/define.js` registers <sam-care-plan>.
export { SamCarePlan, type CarePlanSelectDetail } from './care-plan.js';
export { carePlanLabels, type CarePlanLabels } from './care-plan.labels.js';
export {
  carePlanModel,
  comparePlans,
  type CarePlanModel,
  type CarePlanModelOptions,
  type CarePlanNode,
} from './care-plan.model.js';
export {
  PLAN_INTENTS,
  PLAN_STATUSES,
  PLAN_TYPES,
  ZONES,
  ZONE_SYSTEM,
  type CarePlanView,
  type PlanIntent,
  type PlanStatus,
  type PlanType,
  type PlanZone,
  type Zone,
} from './care-plan.plan.js';
export type { PlanDate } from './care-plan.reader.js';
export {
  GOAL_ACHIEVEMENT_CODES,
  GOAL_LIFECYCLE_STATUSES,
  PROGRESS_STATES,
  SERIES_LENGTH,
  type GoalAchievement,
  type GoalLifecycleStatus,
  type GoalProgress,
  type GoalTarget,
  type GoalView,
  type ProgressPoint,
  type ProgressState,
} from './care-plan.goals.js';
export {
  ACTIVITY_GROUP_ORDER,
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  groupActivities,
  type ActivityGroup,
  type ActivityGroupId,
  type ActivityKind,
  type ActivityStatus,
  type ActivityView,
} from './care-plan.activities.js';
export { COORDINATOR_ROLE, type CareTeamMember, type CareTeamView } from './care-plan.team.js';
export { CARE_PLAN_INCLUDES, CARE_PLAN_READ_TYPES, loadCarePlans } from './care-plan.load.js';
export { carePlanMessages, type CarePlanMessages } from './care-plan.messages.js';
