import type { IdFactory } from './ids';
import type { InteractionContext } from './types';

/** response_url ids handed out with commands, shortcuts and message actions. */
export class ResponseUrls {
  private readonly contexts = new Map<string, InteractionContext>();

  constructor(
    private readonly ids: IdFactory,
    private readonly baseUrl: () => string,
  ) {}

  issue(context: InteractionContext = {}): string {
    const id = `${this.ids.next('R')}${this.ids.secret()}`;
    this.contexts.set(id, context);
    return `${this.baseUrl()}/response/${id}`;
  }

  lookup(id: string): InteractionContext | undefined {
    return this.contexts.get(id);
  }
}
