/**
 * Who a policy applies to: people (users, groups, roles that accounts, users or SAML federation can
 * assume) or machines (roles trusted only by AWS services or OIDC web identity). MFA rules report only
 * what reaches people, and say who.
 */
import type { BaseContext, PolicyDocument, Resource } from '../api';
import { isSeq, str } from '../api';

export type Audience = { humans: true; who: string } | { humans: false; who?: string } | { humans: 'unknown' };

/** Principals in a trust policy that are people (or unknown principals, which may be). */
export function humanTrust(trust: PolicyDocument): string[] {
  const out: string[] = [];
  for (const s of trust.statements) {
    if (s.effect !== 'Allow' || !s.principal) continue;
    for (const [type, vals] of s.principal.byType) {
      for (const v of vals) {
        const val = typeof v.value === 'string' ? v.value : undefined;
        if (type === 'Service') continue;
        if (type === 'Federated') {
          if (val && /saml-provider\//.test(val)) out.push(`SAML federation (${val})`);
          continue; // OIDC / Cognito web identity: machines or app users, not console people
        }
        if (type === 'AWS') out.push(val ?? 'a computed AWS principal');
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
  const humans = humanTrust(trust);
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
