/**
 * Who a policy applies to: people (users, groups, roles that accounts, users or SAML federation can
 * assume) or machines (roles trusted only by AWS services or OIDC web identity). MFA rules report only
 * what reaches people, and say who.
 */
import type { BaseContext, MfaDeny, Node, PolicyDocument, Resource, Statement } from '../api';
import { conditionEntries, isSeq, mfaDeny, mfaRequirement, str } from '../api';
import { principalText } from './iam';

export type Audience = { humans: true; who: string } | { humans: false; who?: string } | { humans: 'unknown' };

/**
 * Principals in a trust policy that are people (or unknown principals, which may be) and can assume
 * the role without MFA. Statements that require MFA to assume (`Bool aws:MultiFactorAuthPresent true`
 * or an `aws:MultiFactorAuthAge` bound) yield MFA-backed sessions and are left out.
 */
export function humanTrust(trust: PolicyDocument, env?: BaseContext['env']): string[] {
  const out: string[] = [];
  for (const s of trust.statements) {
    if (s.effect !== 'Allow' || !s.principal) continue;
    if (env && mfaRequirement(conditionEntries(s.condition, env)).req === 'enforced') continue;
    for (const [type, vals] of s.principal.byType) {
      for (const v of vals) {
        const val = typeof v.value === 'string' ? v.value : undefined;
        if (type === 'Service') continue;
        if (type === 'Federated') {
          if (val && /saml-provider\//.test(val)) out.push(`SAML federation (${val})`);
          continue; // OIDC / Cognito web identity: machines or app users, not console people
        }
        // A role principal is a machine chaining roles (SW3103 treats it the same way).
        const text = env ? principalText(v, env) : val;
        if (type === 'AWS' && text && /:(role|assumed-role)\//.test(text)) continue;
        if (type === 'AWS') out.push(text ?? 'a computed AWS principal');
        if (type === 'CanonicalUser') out.push(val ?? 'a canonical user');
      }
    }
  }
  return out;
}

/** Audience of a role, from its trust policy. */
export function roleAudience(ctx: BaseContext, role: Resource): Audience {
  const trust = ctx.policiesOf(role).find((p) => p.kind === 'trust');
  if (!trust) return { humans: 'unknown' };
  const humans = humanTrust(trust, ctx.env);
  return humans.length > 0 ? { humans: true, who: `role ${role.logicalId} (assumable by ${humans.slice(0, 2).join(', ')})` } : { humans: false, who: `role ${role.logicalId}` };
}

function entityAudience(ctx: BaseContext, r: Resource): Audience {
  if (r.type === 'AWS::IAM::User') return { humans: true, who: `user ${r.logicalId}` };
  if (r.type === 'AWS::IAM::Group') return { humans: true, who: `members of group ${r.logicalId}` };
  if (r.type === 'AWS::IAM::Role') return roleAudience(ctx, r);
  return { humans: 'unknown' };
}

/** Audience of a policy document, following attachments inside the template. */
export function policyAudience(ctx: BaseContext, policy: PolicyDocument): Audience {
  const owner = policy.owner;
  if (!owner) return { humans: true, who: 'anyone this policy is attached to' };
  if (owner.type === 'AWS::IAM::User' || owner.type === 'AWS::IAM::Group' || owner.type === 'AWS::IAM::Role') return entityAudience(ctx, owner);
  if (owner.type !== 'AWS::IAM::Policy' && owner.type !== 'AWS::IAM::ManagedPolicy') return { humans: 'unknown' };
  const attached: Resource[] = [];
  const unknownAttachments: string[] = [];
  const p = owner.properties;
  for (const field of ['Users', 'Groups', 'Roles']) {
    const list = p?.get(field);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const target = ctx.resolveRef(item);
      if (target) attached.push(target);
      else unknownAttachments.push(`${field.slice(0, -1).toLowerCase()} ${str(item) ?? '(computed)'}`);
    }
  }
  // Managed policies are also attached from the other side: ManagedPolicyArns: [!Ref Policy].
  for (const r of ctx.referrers(owner, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')) {
    const arns = r.properties?.get('ManagedPolicyArns');
    if (isSeq(arns) && arns.items.some((i) => ctx.resolveRef(i) === owner) && !attached.includes(r)) attached.push(r);
  }
  let sawMachine: string | undefined;
  for (const r of attached) {
    const a = entityAudience(ctx, r);
    if (a.humans === true) return a;
    if (a.humans === false) sawMachine ??= a.who;
  }
  // Users and groups named outside this template are people.
  const named = unknownAttachments.find((u) => u.startsWith('user') || u.startsWith('group'));
  if (named) return { humans: true, who: named };
  if (sawMachine && unknownAttachments.length === 0) return { humans: false, who: sawMachine };
  return { humans: 'unknown' };
}

/** The IAM entities a policy applies to inside the template, and attachments to entities named outside it. */
export interface Holders {
  entities: Resource[];
  external: string[];
}

const ENTITY_TYPES = ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'];
const ATTACHING_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy', 'AWS::IAM::RolePolicy'];

/** Who holds a policy embedded in a template; undefined for a standalone policy file. */
export function policyHolders(ctx: BaseContext, policy: PolicyDocument): Holders | undefined {
  const owner = policy.owner;
  if (!owner) return undefined;
  if (owner.type && ENTITY_TYPES.includes(owner.type)) return { entities: [owner], external: [] };
  const entities: Resource[] = [];
  const external: string[] = [];
  const p = owner.properties;
  const take = (label: string, item: Node) => {
    const target = ctx.resolveRef(item);
    if (target) {
      if (!entities.includes(target)) entities.push(target);
    } else external.push(`${label} ${str(item) ?? '(computed)'}`);
  };
  for (const [field, label] of [['Users', 'user'], ['Groups', 'group'], ['Roles', 'role']] as const) {
    const list = p?.get(field);
    if (isSeq(list)) for (const item of list.items) take(label, item);
  }
  for (const [field, label] of [['UserName', 'user'], ['GroupName', 'group'], ['RoleName', 'role']] as const) {
    const n = p?.get(field);
    if (n && (owner.type === 'AWS::IAM::UserPolicy' || owner.type === 'AWS::IAM::GroupPolicy' || owner.type === 'AWS::IAM::RolePolicy')) take(label, n);
  }
  // Managed policies are also attached from the other side: ManagedPolicyArns: [!Ref Policy].
  for (const r of ctx.referrers(owner, ...ENTITY_TYPES)) {
    const arns = r.properties?.get('ManagedPolicyArns');
    if (isSeq(arns) && arns.items.some((i) => ctx.resolveRef(i) === owner) && !entities.includes(r)) entities.push(r);
  }
  return { entities, external };
}

/** How an entity reads in messages: "user Alice", "members of group Admins", "role Deploy". */
export function entityLabel(r: Resource): string {
  if (r.type === 'AWS::IAM::User') return `user ${r.logicalId}`;
  if (r.type === 'AWS::IAM::Group') return `members of group ${r.logicalId}`;
  return `role ${r.logicalId}`;
}

/** Groups a user belongs to inside the template (User.Groups and AWS::IAM::UserToGroupAddition). */
export function groupsOf(ctx: BaseContext, user: Resource): Resource[] {
  const out: Resource[] = [];
  const list = user.properties?.get('Groups');
  if (isSeq(list)) {
    for (const item of list.items) {
      const g = ctx.resolveRef(item);
      if (g && g.type === 'AWS::IAM::Group' && !out.includes(g)) out.push(g);
    }
  }
  for (const add of ctx.referrers(user, 'AWS::IAM::UserToGroupAddition')) {
    const users = add.properties?.get('Users');
    if (!isSeq(users) || !users.items.some((i) => ctx.resolveRef(i) === user)) continue;
    const g = ctx.resolveRef(add.properties?.get('GroupName'));
    if (g && g.type === 'AWS::IAM::Group' && !out.includes(g)) out.push(g);
  }
  return out;
}

/**
 * Every policy document that applies to an entity in the template: its inline policies, policies that
 * name it (Users/Groups/Roles, UserName…), managed policies in its ManagedPolicyArns, its permissions
 * boundary, and for a user the same for each of its groups.
 */
export function entityPolicies(ctx: BaseContext, entity: Resource, seen = new Set<Resource>()): PolicyDocument[] {
  if (seen.has(entity)) return [];
  seen.add(entity);
  const out: PolicyDocument[] = [...ctx.policiesOf(entity).filter((p) => p.kind === 'identity')];
  for (const r of ctx.referrers(entity, ...ATTACHING_TYPES)) {
    const holders = policyHoldersOf(ctx, r);
    if (holders.includes(entity)) out.push(...ctx.policiesOf(r));
  }
  const arns = entity.properties?.get('ManagedPolicyArns');
  if (isSeq(arns)) {
    for (const i of arns.items) {
      const mp = ctx.resolveRef(i);
      if (mp && mp.type === 'AWS::IAM::ManagedPolicy' && !out.some((p) => p.owner === mp)) out.push(...ctx.policiesOf(mp));
    }
  }
  const boundary = ctx.resolveRef(entity.properties?.get('PermissionsBoundary'));
  if (boundary && boundary.type === 'AWS::IAM::ManagedPolicy') out.push(...ctx.policiesOf(boundary));
  if (entity.type === 'AWS::IAM::User') for (const g of groupsOf(ctx, entity)) out.push(...entityPolicies(ctx, g, seen));
  return out;
}

function policyHoldersOf(ctx: BaseContext, r: Resource): Resource[] {
  const out: Resource[] = [];
  const p = r.properties;
  for (const field of ['Users', 'Groups', 'Roles']) {
    const list = p?.get(field);
    if (isSeq(list)) for (const i of list.items) {
      const t = ctx.resolveRef(i);
      if (t) out.push(t);
    }
  }
  for (const field of ['UserName', 'GroupName', 'RoleName']) {
    const t = ctx.resolveRef(p?.get(field));
    if (t) out.push(t);
  }
  return out;
}

/** Deny statements in the given policies whose condition denies requests without MFA, of an accepted kind. */
export function mfaGuards(ctx: BaseContext, policies: readonly PolicyDocument[], accept: (d: MfaDeny) => boolean): Array<{ policy: PolicyDocument; statement: Statement; deny: MfaDeny }> {
  const out: Array<{ policy: PolicyDocument; statement: Statement; deny: MfaDeny }> = [];
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (statement.effect !== 'Deny') continue;
      const d = mfaDeny(conditionEntries(statement.condition, ctx.env)).deny;
      if (d !== 'no' && accept(d)) out.push({ policy, statement, deny: d });
    }
  }
  return out;
}
