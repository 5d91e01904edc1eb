import type { Container } from '@azure/cosmos';
import type { AnnotationStore, UserAnnotationsDoc } from '../actions/ports';
import { createVersioned, readVersioned, replaceVersioned } from './repositories';

/** How often an update re-reads and retries when another writer changed the document in between. */
const MAX_ATTEMPTS = 5;

/**
 * Tags and portal attributes (container `userAnnotations`, partition `/tenantId`, id = the user's object
 * id). Every write is ETag-guarded so concurrent edits of one user's tags never overwrite each other.
 */
export class CosmosAnnotationStore implements AnnotationStore {
  constructor(private readonly container: Container, private readonly clock: () => Date = () => new Date()) {}

  async get(tenantId: string, userId: string): Promise<UserAnnotationsDoc | null> {
    return (await readVersioned<UserAnnotationsDoc>(this.container, userId, tenantId))?.doc ?? null;
  }

  async update(
    tenantId: string,
    userId: string,
    change: (current: UserAnnotationsDoc) => UserAnnotationsDoc,
  ): Promise<{ before: UserAnnotationsDoc; after: UserAnnotationsDoc }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const stored = await readVersioned<UserAnnotationsDoc>(this.container, userId, tenantId);
      const before: UserAnnotationsDoc = stored?.doc ?? {
        id: userId,
        tenantId,
        tags: [],
        attributes: {},
        updatedAt: this.clock().toISOString(),
        updatedBy: '',
      };
      const after = { ...change(structuredClone(before)), id: userId, tenantId };
      const written = stored ? await replaceVersioned(this.container, after, tenantId, stored.etag) : await createVersioned(this.container, after);
      if (written) return { before, after };
    }
    throw new Error(`Could not update the annotations of ${userId}: too many concurrent writers`);
  }
}
