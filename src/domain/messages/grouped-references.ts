import { GroupWhileBusy } from '../group-while-busy';
import type { IntegrationReferences, ReferenceQuery, ReferencesFound } from './message-ports';

/** Most requests whose references are read in one statement. */
const MAX_GROUP = 32;

/**
 * The references of concurrent API requests of one workspace read together: while one
 * request's look-up is in flight, those arriving meanwhile wait and go in the next one.
 * The look-up is one set-based statement whose cost is mostly its planning, so eight
 * requests at once cost about what one costs (issue 12). Each request gets its own
 * persons, in its own order; the types and employees found for the group serve all of
 * them (they are keyed by the text each request sent).
 */
export class GroupedReferences implements IntegrationReferences {
  private readonly groups: GroupWhileBusy<number, ReferenceQuery, ReferencesFound>;

  constructor(references: IntegrationReferences) {
    this.groups = new GroupWhileBusy({
      many: async (workspaceId, queries) => {
        if (queries.length === 1) return [await references.find(workspaceId, queries[0] as ReferenceQuery)];
        const found = await references.find(workspaceId, {
          persons: queries.flatMap((query) => query.persons),
          types: queries.flatMap((query) => query.types),
          employeeEmails: queries.flatMap((query) => query.employeeEmails),
        });
        let offset = 0;
        return queries.map((query) => {
          const persons = found.persons.slice(offset, offset + query.persons.length);
          offset += query.persons.length;
          return { persons, types: found.types, employees: found.employees };
        });
      },
      maxGroup: MAX_GROUP,
    });
  }

  find(workspaceId: number, query: ReferenceQuery): Promise<ReferencesFound> {
    return this.groups.run(workspaceId, query);
  }
}
