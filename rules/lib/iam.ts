/**
 * Shared IAM policy logic for the rules in rules/iam: statement labels, what an Allow grants (expanded
 * against the action catalogue), resource wildcards, and trust-policy principals classified by who
 * they are (anyone, an account, a user, a role, a service, a federation).
 */
import type { ActionInfo, BaseContext, ConditionEntry, Node, PolicyDocument, PolicyValue, Statement } from '../api';
import { actionsMatching, conditionEntries, isMap, isScalar, isSeq, str, stringPolicySource } from '../api';

/** The evaluation environment rules get as `ctx.env`. */
export type EvalEnvLike = BaseContext['env'];

/** The literal strings of a list (computed values left out). */
export function strs(vals: PolicyValue[] | undefined): string[] {
  return (vals ?? []).map((v) => v.value).filter((v): v is string => typeof v === 'string');
}

/** True when every value of the list is a literal string. */
export function allLiteral(vals: PolicyValue[] | undefined): boolean {
  return (vals ?? []).every((v) => typeof v.value === 'string');
}

/** "Statement AllowS3 of the inline policy of AppRole", for messages. */
export function where(policy: PolicyDocument, s: Statement): string {
  return `Statement ${s.sid ? s.sid : `#${s.index + 1}`} of the ${policy.label}`;
}

/**
 * The catalogue actions an Allow statement grants that satisfy `pred`, or undefined when the
 * statement's actions are computed (unknown). NotAction grants every action it does not name.
 */
export function granted(s: Statement, pred: (a: ActionInfo) => boolean = () => true): string[] | undefined {
  if (s.action && s.notAction) return undefined; // both: IAM rejects the policy as malformed
  if (s.notAction) {
    if (!allLiteral(s.notAction)) return undefined;
    const excluded = new Set(actionsMatching(strs(s.notAction)).map((a) => a.toLowerCase()));
    return actionsMatching(['*'], pred).filter((a) => !excluded.has(a.toLowerCase()));
  }
  const lits = strs(s.action);
  if (lits.length === 0) return allLiteral(s.action) ? [] : undefined;
  return actionsMatching(lits, pred);
}

/** The Resource value that is exactly `*` (or `NotResource` present, which is at least as broad). */
export function starResource(s: Statement): PolicyValue | undefined {
  return (s.resource ?? []).find((r) => r.value === '*');
}

/** True when the statement has a Condition block with at least one entry. */
export function hasCondition(s: Statement): boolean {
  return s.condition !== undefined && s.condition.size > 0;
}

/** The node of the action value that matches `action` (first that does), for pointing findings. */
export function actionNodeFor(s: Statement, action: string, match: (pattern: string, action: string) => boolean): Node {
  const list = s.notAction ?? s.action ?? [];
  if (s.notAction) return list[0]?.node ?? s.node;
  const hit = list.find((v) => typeof v.value === 'string' && match(v.value, action));
  return (hit ?? list[0])?.node ?? s.node;
}

/** The text of a principal as written, with `${AWS::AccountId}` and other unknowns kept as `${…}`. */
export function principalText(v: PolicyValue, env: EvalEnvLike): string | undefined {
  if (typeof v.value === 'string') return v.value;
  const n = v.node;
  if (!isMap(n)) return undefined;
  const fn = n.intrinsic;
  const arg = n.entries[0]?.value;
  if (fn === 'Ref') {
    const name = str(arg);
    return name ? `\${${name}}` : undefined;
  }
  if (fn === 'Fn::Sub') {
    const t = isSeq(arg) ? str(arg.items[0]) : str(arg);
    if (t === undefined) return undefined;
    return t.replace(/\$\{([^!}][^}]*)\}/g, (whole, name: string) => {
      const p = env.template?.parameters.get(name.trim());
      const d = p?.default;
      return d && isScalar(d) && d.value !== null ? String(d.value) : whole;
    });
  }
  if (fn === 'Fn::Join' && isSeq(arg) && arg.items.length === 2 && isSeq(arg.items[1])) {
    const sep = str(arg.items[0]) ?? '';
    return arg.items[1].items
      .map((i) => {
        if (isScalar(i)) return String(i.value);
        if (isMap(i) && i.intrinsic === 'Ref') return `\${${str(i.entries[0]?.value) ?? '?'}}`;
        return '${?}';
      })
      .join(sep);
  }
  return undefined;
}

export type PrincipalClass =
  | { kind: 'anyone' }
  /** An account (root or bare id). `own` when it is this stack's account. */
  | { kind: 'account'; account: string; own: boolean | 'unknown' }
  | { kind: 'user'; account: string; own: boolean | 'unknown' }
  | { kind: 'role'; account: string; own: boolean | 'unknown' }
  | { kind: 'service'; name: string }
  | { kind: 'saml'; provider: string }
  | { kind: 'oidc'; provider: string }
  | { kind: 'other'; text: string }
  | { kind: 'unknown' };

/** One ARN field: plain characters or `${…}` placeholders (which contain colons, e.g. `${AWS::AccountId}`). */
const SEG = '(?:\\$\\{[^}]*\\}|[^:$])*';

const OWN_ACCOUNT = /^\$\{AWS::AccountId\}$/;

function accountOwnership(account: string): boolean | 'unknown' {
  if (OWN_ACCOUNT.test(account)) return true;
  if (/^\d{12}$/.test(account)) return false; // a literal account: another account, or this one written out
  return 'unknown';
}

/** Classifies one principal value of a given type. */
export function classifyPrincipal(type: string, v: PolicyValue, env: EvalEnvLike): PrincipalClass {
  const text = principalText(v, env);
  if (text === undefined) return { kind: 'unknown' };
  if (type === 'Service') return { kind: 'service', name: text };
  if (type === 'Federated') {
    if (/:saml-provider\//i.test(text)) return { kind: 'saml', provider: text };
    return { kind: 'oidc', provider: text.replace(new RegExp(`^arn:${SEG}:iam::${SEG}:oidc-provider/`), '') };
  }
  if (type === 'CanonicalUser') return { kind: 'other', text };
  if (type !== 'AWS') return { kind: 'other', text };
  if (text === '*') return { kind: 'anyone' };
  if (/^(\d{12}|\$\{[^}]+\})$/.test(text)) return { kind: 'account', account: text, own: accountOwnership(text) };
  const m = new RegExp(`^arn:${SEG}:(iam|sts)::(${SEG}):(.*)$`).exec(text);
  if (!m) return { kind: 'other', text };
  const account = m[2]!;
  const own = accountOwnership(account);
  const res = m[3]!;
  if (res === 'root') return { kind: 'account', account, own };
  if (/^user\//.test(res)) return { kind: 'user', account, own };
  if (/^(role|assumed-role)\//.test(res)) return { kind: 'role', account, own };
  return { kind: 'other', text };
}

/** Every principal of an Allow statement, classified. */
export function statementPrincipals(s: Statement, env: EvalEnvLike): Array<{ type: string; value: PolicyValue; cls: PrincipalClass }> {
  const out: Array<{ type: string; value: PolicyValue; cls: PrincipalClass }> = [];
  if (!s.principal) return out;
  for (const [type, vals] of s.principal.byType) for (const value of vals) out.push({ type, value, cls: classifyPrincipal(type, value, env) });
  return out;
}

/** Condition keys (lower case) that restrict who can use a statement granted to an account or to anyone. */
export const RESTRICTING_KEYS: ReadonlySet<string> = new Set([
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:userid',
  'aws:username',
  'aws:principaltag',
  'sts:externalid',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
]);

/** Entries of a statement's Condition that restrict who it admits (with a value that is not `*`). */
export function restrictingEntries(s: Statement, env: EvalEnvLike): ConditionEntry[] {
  return conditionEntries(s.condition, env).filter((e) => {
    const key = e.key.replace(/\/.*$/, '');
    if (!RESTRICTING_KEYS.has(key) && !/^aws:principaltag$/.test(key)) return false;
    if (/^(Null)$/.test(e.base)) return e.values.some((v) => v.toLowerCase() === 'false');
    if (e.base === 'Bool') return e.values.some((v) => v.toLowerCase() === 'true');
    // A Like/Equals against `*` admits everyone.
    return e.unknownValues || e.values.some((v) => v !== '*');
  });
}

/** OIDC subject keys: `<provider>:sub` (and GitHub's job_workflow_ref, which pins the workflow). */
export function oidcEntries(s: Statement, env: EvalEnvLike, provider: string, claim: string): ConditionEntry[] {
  const p = provider.toLowerCase();
  return conditionEntries(s.condition, env).filter((e) => e.key === `${p}:${claim}`);
}

/**
 * Whether a fix may edit this node: not under a Fn::If branch (`conditions`), and not inside a policy
 * written as a JSON string (its paths are relative to the string, so an edit would land elsewhere).
 */
export function editable(node: Node, conditions: readonly unknown[] = []): boolean {
  return conditions.length === 0 && stringPolicySource(node) === undefined;
}
