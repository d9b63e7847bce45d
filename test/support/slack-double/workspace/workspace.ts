import type { KnownIds } from '../block-kit/mentions';
import type { IdFactory } from '../ids';
import { type BotIdentity, ChannelDirectory } from './channels';
import { FileStore } from './files';
import { UserDirectory } from './users';
import { ViewStore } from './views';

export interface WorkspaceConfig extends BotIdentity {
  teamName: string;
  teamDomain: string;
  botName: string;
  appToken: string;
  /** The Enterprise Grid organization the workspace belongs to. */
  enterpriseId?: string;
  enterpriseName?: string;
}

/** Everything the double remembers about the workspace, grouped so handlers get one object. */
export class Workspace {
  readonly users: UserDirectory;
  readonly channels: ChannelDirectory;
  readonly views: ViewStore;
  readonly files: FileStore;
  /** Ids a mention in an outgoing message may name; any other mention came from typed text. */
  readonly known: KnownIds = {
    user: (id) => this.users.get(id) !== undefined,
    channel: (id) => this.channels.get(id) !== undefined,
  };

  constructor(
    readonly config: WorkspaceConfig,
    ids: IdFactory,
    now: () => number,
  ) {
    this.users = new UserDirectory(config.teamId, ids, now);
    this.channels = new ChannelDirectory(ids, config);
    this.views = new ViewStore(ids, config);
    this.files = new FileStore(ids);
  }
}
