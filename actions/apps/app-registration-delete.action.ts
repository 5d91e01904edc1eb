import { z } from 'zod';
import { defineAction } from '../define-action';

/**
 * Deleting an app registration stops every sign-in with its client id; Entra keeps it in the recycle
 * bin for 30 days (POST /directory/deletedItems/{id}/restore brings it back).
 */
export const appRegistrationDeleteAction = defineAction({
  id: 'app-registration.delete',
  title: 'Delete app registration',
  category: 'App registrations',
  description: 'Delete one or more app registrations; they stay restorable for 30 days in the recycle bin.',
  phrases: [
    'delete the app registration "Legacy Sync Tool"',
    'delete an application registration',
    'remove the app registration of an old application',
    'delete an application from the tenant',
  ],
  // App names read as free text are ambiguous: the app is asked for on the "Which app registration?" card.
  textTargets: { kinds: [] },
  target: 'appRegistration',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, apps) =>
    `Delete ${apps.map((a) => a.displayName).join(', ')}: sign-ins with ${apps.length === 1 ? 'its client id' : 'their client ids'} stop at once. Restorable for 30 days.`,
  async preview(_ctx, app) {
    return {
      changes: [{ label: 'App registration', before: `Exists (client id ${app.appId})`, after: 'Deleted (restorable for 30 days)' }],
      warnings: ['Apps and scripts that sign in with this client id stop working.'],
    };
  },
  async run(ctx, app) {
    await ctx.directory.graph.delete(`/applications/${app.id}`);
    return {
      outcome: 'succeeded',
      message: `Deleted the app registration ${app.displayName} (restorable for 30 days).`,
      changes: [{ label: 'App registration', before: 'Exists', after: 'Deleted' }],
      audit: { appId: app.appId },
    };
  },
});
