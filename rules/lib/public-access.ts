/**
 * Shared logic of the public-access rules: resource policies that grant access to anyone.
 *
 * A statement is public when it is an Allow with `Principal: "*"` (or `{AWS: "*"}`), or an Allow with
 * `NotPrincipal` (everyone except the listed principals), and no Condition narrows who can use it.
 * Honesty over recall: a Condition counts as narrowing unless every key in it is one we know does not
 * narrow the caller (transport, time, encryption headers, request tags…). A Condition that is computed
 * (an intrinsic function) or whose key we do not know counts as narrowing, and is never reported.
 */
import type { ConditionBranch, Node, PolicyDocument, PolicyValue, ResourceContext, Statement } from '../api';
import { conditionEntries, isMap } from '../api';

/** Condition keys (lower case, prefix before `/`) that do not narrow who the caller is. */
const NON_NARROWING = [
  /^aws:securetransport$/,
  /^aws:currenttime$/,
  /^aws:epochtime$/,
  /^aws:requestedregion$/,
  /^aws:useragent$/,
  /^aws:referer$/, // spoofable: AWS documents it as unsuitable to protect data
  /^aws:requesttag\//,
  /^aws:tagkeys$/,
  /^aws:resourcetag\//,
  /^aws:calledvia/,
  /^aws:viaawsservice$/,
  /^s3:x-amz-/,
  /^s3:(prefix|delimiter|max-keys|signatureversion|signatureage|tlsversion|authtype|existingobjecttag\/.*|versionid|locationconstraint)$/,
  /^kms:encryptioncontext/,
  /^kms:encryptionalgorithm$/,
  /^kms:grantisforawsresource$/,
  /^sns:protocol$/,
  /^sns:endpoint$/,
  /^ecr:resourcetag\//,
];

function narrows(key: string): boolean {
  return !NON_NARROWING.some((re) => re.test(key));
}

/** Why a statement's Condition narrows the caller, or undefined when it does not. */
export function narrowingCondition(ctx: { env: ResourceContext['env'] }, s: Statement): string | undefined {
  const raw = isMap(s.node) ? s.node.get('Condition') : undefined;
  if (!raw) return undefined;
  if (!s.condition) return 'a computed Condition';
  for (const op of s.condition.entries) {
    if (!isMap(op.value) || op.value.intrinsic) return 'a computed Condition';
  }
  for (const e of conditionEntries(s.condition, ctx.env)) {
    if (!narrows(e.key)) continue;
    // `StringLike: {aws:SourceArn: "*"}` admits everyone; a Null test only says the key is present.
    if (e.base === 'Null') {
      if (e.values.some((v) => v.toLowerCase() === 'false')) return e.key;
      continue;
    }
    if (e.unknownValues || e.values.some((v) => v !== '*')) return e.key;
  }
  return undefined;
}

export interface PublicGrant {
  statement: Statement;
  /** The `*` principal value, or the NotPrincipal element. */
  at: Node;
  how: 'anyone' | 'notPrincipal';
  conditions: ConditionBranch[];
}

/** Allow statements of a resource policy that admit anyone and no Condition narrows. */
export function publicGrants(ctx: { env: ResourceContext['env'] }, policy: PolicyDocument): PublicGrant[] {
  const out: PublicGrant[] = [];
  for (const s of policy.statements) {
    if (s.effect !== 'Allow') continue;
    if (narrowingCondition(ctx, s)) continue;
    if (s.notPrincipal) {
      out.push({ statement: s, at: s.notPrincipal.node, how: 'notPrincipal', conditions: s.conditions });
      continue;
    }
    const star = anyonePrincipal(s);
    if (star) out.push({ statement: s, at: star.node, how: 'anyone', conditions: star.conditions });
  }
  return out;
}

/** The `*` value of a statement's principal (`"*"`, `{AWS: "*"}`, `{AWS: [.., "*"]}`). */
export function anyonePrincipal(s: Statement): PolicyValue | undefined {
  for (const [type, vals] of s.principal?.byType ?? []) {
    if (type !== 'AWS' && type !== 'CanonicalUser') continue;
    const hit = vals.find((v) => v.value === '*');
    if (hit) return hit;
  }
  return undefined;
}

/** A short list of the statement's actions for messages: `s3:GetObject, s3:ListBucket` or `all actions`. */
export function actionSummary(s: Statement): string {
  if (s.notAction) return 'all actions but a few (NotAction)';
  const acts = (s.action ?? []).map((a) => (typeof a.value === 'string' ? a.value : '(computed)'));
  if (acts.length === 0) return 'no listed actions';
  if (acts.includes('*')) return 'all actions (*)';
  return acts.length > 3 ? `${acts.slice(0, 3).join(', ')} and ${acts.length - 3} more` : acts.join(', ');
}

/** Reports every public grant in the resource's policies with message ids `anyone` / `notPrincipal`. */
export function reportPublicPolicies(ctx: ResourceContext, data: Record<string, string>): void {
  for (const policy of ctx.policiesOf(ctx.resource)) {
    for (const g of publicGrants(ctx, policy)) {
      ctx.report({
        at: g.at,
        messageId: g.how,
        data: { ...data, actions: actionSummary(g.statement), sid: g.statement.sid ? ` (statement ${g.statement.sid})` : '' },
        conditions: g.conditions,
      });
    }
  }
}
