// How the requested totals are spread over workspaces. Ids equal global row numbers
// (the generator fills empty tables), so a workspace's rows are one contiguous id
// range and every foreign key is plain arithmetic inside set-based SQL.

export interface DataSizes {
  workspaces: number;
  employees: number;
  organizations: number;
  persons: number;
  activities: number;
  seed: number;
}

/** Rows `start + 1 … start + count`, which are also their ids. */
export interface Slice {
  start: number;
  count: number;
}

export interface PlannedWorkspace {
  /** 1-based; T0001 is the Slack double's default team, the one benchmarks talk to. */
  index: number;
  slackTeamId: string;
  employees: Slice;
  organizations: Slice;
  persons: Slice;
  activities: Slice;
}

export type TableName = 'employees' | 'organizations' | 'persons' | 'activities';

export function teamIdFor(index: number): string {
  return `T${String(index).padStart(4, '0')}`;
}

export function slackUserIdFor(employeeRow: number): string {
  return `U${String(employeeRow).padStart(7, '0')}`;
}

export function planWorkspaces(sizes: DataSizes): PlannedWorkspace[] {
  const count = Math.max(1, Math.trunc(sizes.workspaces));
  for (const table of ['employees', 'persons'] as const) {
    if (sizes[table] < count) throw new Error(`generateData: every workspace needs at least one of ${table}`);
  }
  // The benchmarked workspace is as large as all others together: a big tenant beside
  // smaller ones, so its queries cannot lean on being alone in the indexes.
  const weights = Array.from({ length: count }, (_, i) =>
    count === 1 ? 1 : i === 0 ? 0.5 : 0.5 / (count - 1),
  );
  const employees = splitByWeight(sizes.employees, weights, 1);
  const organizations = splitByWeight(sizes.organizations, weights, 0);
  const persons = splitByWeight(sizes.persons, weights, 1);
  const activities = splitByWeight(sizes.activities, weights, 0);
  return weights.map((_, i) => ({
    index: i + 1,
    slackTeamId: teamIdFor(i + 1),
    employees: employees[i]!,
    organizations: organizations[i]!,
    persons: persons[i]!,
    activities: activities[i]!,
  }));
}

function splitByWeight(total: number, weights: number[], minimum: number): Slice[] {
  const counts = weights.map((weight) => Math.max(minimum, Math.floor(total * weight)));
  counts[0]! += total - counts.reduce((sum, n) => sum + n, 0);
  let start = 0;
  return counts.map((count) => {
    const slice = { start, count };
    start += count;
    return slice;
  });
}
