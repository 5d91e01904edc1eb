import { z } from 'zod';
import { defineAction } from '../define-action';
import { names, nicknameFrom, upnList, userBind } from './group-action.helpers';

/** A new cloud security group; owners and members must be users the operator may act on. */
export const securityGroupCreateAction = defineAction({
  id: 'security-group.create',
  title: 'Create security group',
  category: 'Security groups',
  description: 'Create a security group with a display name, a description, owners and members.',
  phrases: ['create a security group', 'new security group to grant access to a resource', 'make a security group', 'set up an Entra security group'],
  paramRules: [
    { name: 'displayName', capture: /\b(?:called|named)\s+"?([^"]+?)"?\s*$/i },
    { name: 'owners', capture: /\bowners?\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)/i, as: 'emails' },
  ],
  target: 'none',
  input: z.object({
    displayName: z.string().trim().min(1).max(256),
    description: z.string().max(1024).optional(),
    mailNickname: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Letters, digits, dot, dash or underscore (at most 64)').optional(),
    owners: z.array(z.string().email()).optional().describe('Owners (user principal names), one per line'),
    members: z.array(z.string().email()).optional().describe('Members (user principal names), one per line'),
  }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input) => `Create the security group "${input.displayName}".`,
  describeInput: (input) => [
    { label: 'Display name', value: input.displayName },
    ...(input.description ? [{ label: 'Description', value: input.description }] : []),
    { label: 'Owners', value: upnList(input.owners ?? []).join(', ') || '(none)' },
    { label: 'Members', value: upnList(input.members ?? []).join(', ') || '(none)' },
  ],
  async preview(ctx, _none, input) {
    const owners = await ctx.resolveUsers(upnList(input.owners ?? []));
    const members = await ctx.resolveUsers(upnList(input.members ?? []));
    return {
      changes: [
        { label: 'Security group', before: '(none)', after: input.displayName },
        { label: 'Owners', before: '0', after: owners.length > 0 ? `${owners.length} (+ ${names(owners)})` : '0' },
        { label: 'Members', before: '0', after: members.length > 0 ? `${members.length} (+ ${names(members)})` : '0' },
      ],
    };
  },
  async run(ctx, _none, input) {
    const owners = await ctx.resolveUsers(upnList(input.owners ?? []));
    const members = await ctx.resolveUsers(upnList(input.members ?? []));
    const created = await ctx.directory.graph.post<{ id: string; displayName: string }>('/groups', {
      displayName: input.displayName,
      ...(input.description ? { description: input.description } : {}),
      mailEnabled: false,
      mailNickname: input.mailNickname ?? nicknameFrom(input.displayName),
      securityEnabled: true,
      groupTypes: [],
      ...(owners.length > 0 ? { 'owners@odata.bind': owners.map((u) => userBind(u.id)) } : {}),
      ...(members.length > 0 ? { 'members@odata.bind': members.map((u) => userBind(u.id)) } : {}),
    });
    return {
      outcome: 'succeeded',
      message: `Created the security group ${created.displayName} (${created.id}).`,
      changes: [{ label: 'Security group', before: '(none)', after: created.displayName }],
      audit: { groupId: created.id, owners: owners.map((u) => u.id), members: members.map((u) => u.id) },
    };
  },
});
