// Whether an activity is overdue, for the home-care nurse who must see what was not done: its time
// has passed and its status says it did not happen. Not started (or only scheduled) after the time it
// was due to start, or still in progress after the time it was due to end. A repeating schedule is
// never overdue here: whether one occurrence was done is not in the plan.
import type { ActivitySchedule } from './care-plan.schedule.js';
import type { PlanDate } from './care-plan.reader.js';

/** The due time that passed, or undefined when the activity is not overdue. */
export function overdueSince(status: string, schedule: ActivitySchedule, nowMs: number): PlanDate | undefined {
  const passed = (date: PlanDate | undefined) => (date && date.endMs <= nowMs ? date : undefined);
  if (status === 'not-started' || status === 'scheduled') return passed(schedule.dueStart);
  if (status === 'in-progress') return passed(schedule.dueEnd);
  return undefined;
}
