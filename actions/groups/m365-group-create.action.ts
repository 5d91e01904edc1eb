import { z } from 'zod';
import { defineAction } from '../define-action';
import { names, nicknameFrom, upnList, userBind } from './group-action.helpers';

/**
 * A new Microsoft 365 group (mailbox, site, Planner). Graph app-only creation needs at least one owner,
 * or the group has nobody to manage it; owners and members must be users the operator may act on.
 */
export const m365GroupCreateAction = defineAction({
  id: 'm365-group.create',
  title: 'Create Microsoft 365 group',
  category: 'Microsoft 365 groups',
  description: 'Create a Microsoft 365 group with its name, mail alias, privacy, owners and members.',
  phrases: ['create a Microsoft 365 group', 'new M365 group for a project team', 'make an Office 365 group with owners and members', 'set up a unified group'],
  paramRules: [
    { name: 'visibility', when: [{ pattern: /\bprivate\b/i, value: 'Private' }, { pattern: /\bpublic\b/i, value: 'Public' }] },
    { name: 'displayName', capture: /\b(?:called|named)\s+"?([^"]+?)"?\s*$/i },
  ],
  target: 'none',
  input: z.object({
    displayName: z.string().trim().min(1).max(256),
    mailNickname: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Letters, digits, dot, dash or underscore (at most 64)').optional(),
    description: z.string().max(1024).optional(),
    visibility: z.enum(['Private', 'Public']).default('Private'),
    owners: z.array(z.string().email()).min(1).describe('Owners (user principal names), one per line'),
    members: z.array(z.string().email()).optional().describe('Members (user principal names), one per line'),
  }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input) => `Create the ${input.visibility.toLowerCase()} Microsoft 365 group "${input.displayName}" (${input.mailNickname ?? nicknameFrom(input.displayName)}).`,
  describeInput: (input) => [
    { label: 'Display name', value: input.displayName },
    { label: 'Mail alias', value: input.mailNickname ?? nicknameFrom(input.displayName) },
    { label: 'Visibility', value: input.visibility },
    { label: 'Owners', value: upnList(input.owners).join(', ') },
    { label: 'Members', value: upnList(input.members ?? []).join(', ') || '(owners only)' },
  ],
  async preview(ctx, _none, input) {
    const owners = await ctx.resolveUsers(upnList(input.owners));
    const members = await ctx.resolveUsers(upnList(input.members ?? []));
    return {
      changes: [
        { label: 'Microsoft 365 group', before: '(none)', after: `${input.displayName} (${input.visibility})` },
        { label: 'Owners', before: '0', after: `${owners.length} (+ ${names(owners)})` },
        { label: 'Members', before: '0', after: members.length > 0 ? `${members.length} (+ ${names(members)})` : '0' },
      ],
    };
  },
  async run(ctx, _none, input) {
    const owners = await ctx.resolveUsers(upnList(input.owners));
    const members = await ctx.resolveUsers(upnList(input.members ?? []));
    const created = await ctx.directory.graph.post<{ id: string; displayName: string; mail?: string }>('/groups', {
      displayName: input.displayName,
      mailNickname: input.mailNickname ?? nicknameFrom(input.displayName),
      ...(input.description ? { description: input.description } : {}),
      groupTypes: ['Unified'],
      mailEnabled: true,
      securityEnabled: false,
      visibility: input.visibility,
      'owners@odata.bind': owners.map((u) => userBind(u.id)),
      ...(members.length > 0 ? { 'members@odata.bind': members.map((u) => userBind(u.id)) } : {}),
      resourceBehaviorOptions: ['WelcomeEmailDisabled'],
    });
    return {
      outcome: 'succeeded',
      message: `Created the Microsoft 365 group ${created.displayName}${created.mail ? ` (${created.mail})` : ''}.`,
      changes: [{ label: 'Microsoft 365 group', before: '(none)', after: created.displayName }],
      audit: { groupId: created.id, owners: owners.map((u) => u.id), members: members.map((u) => u.id) },
    };
  },
});
