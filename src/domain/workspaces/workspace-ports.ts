import type { GuestPolicy } from '../access/standing';
import type { DefaultPlanStep } from '../plans/default-plan';
import type { Workspace } from './workspace';
import type { WorkspaceSettings, WorkspaceSettingsField } from './workspace-settings';

/** A starting activity type of a new workspace (product §3.5). */
export interface NewActivityType {
  key: string;
  nameEn: string;
  nameSv: string;
  position: number;
  defaultDueDays: number | null;
  followUpKey: string | null;
  reminderLeadMinutes: number | null;
  askOutcome: boolean;
}

export interface NewWorkspace {
  slackTeamId: string;
  name: string;
  defaultLocale: string;
  defaultTimezone: string;
  holidayCountry: string | null;
  enterpriseId: string | null;
}

export interface Workspaces {
  findBySlackTeamId(slackTeamId: string): Promise<Workspace | null>;
  findById(id: number): Promise<Workspace | null>;
  /**
   * Creates the workspace with its starting activity types and its starting plan (product
   * §3.7; steps name types by key) in one transaction; when another replica created it
   * first, returns that one unchanged.
   */
  createWithTypes(
    data: NewWorkspace,
    types: NewActivityType[],
    plan?: { name: string; steps: DefaultPlanStep[] },
  ): Promise<Workspace>;
  updateName(id: number, name: string): Promise<Workspace>;
  /** Records the organization a workspace turned out to belong to (Enterprise Grid). */
  setEnterprise(id: number, enterpriseId: string): Promise<Workspace>;
  /** Registers of these organizations still in service (not uninstalled), by slackTeamId. */
  inService(enterpriseIds: string[]): Promise<Workspace[]>;
  /** Every register of an organization, uninstalled ones too. */
  ofEnterprise(enterpriseId: string): Promise<Workspace[]>;
  /** Read from the database each time: a change made on another replica counts at once. */
  guestPolicy(id: number): Promise<GuestPolicy>;
  /** Changes the setting and audits it in one transaction; false (nothing written) when it already was so. */
  setGuestPolicy(id: number, policy: GuestPolicy, by: { actorId: number; at: Date }): Promise<boolean>;
  /** Read from the database each time: an admin's change on another replica counts at once. */
  settings(id: number): Promise<WorkspaceSettings>;
  /** Stores the settings and audits what changed, in one transaction; the changed fields (none: nothing written). */
  updateSettings(
    id: number,
    next: WorkspaceSettings,
    by: { actorId: number; at: Date },
  ): Promise<WorkspaceSettingsField[]>;
}
