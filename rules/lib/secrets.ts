/**
 * Shared logic of the secrets rules: how a secret-bearing property (a password, a token, a private
 * key) is supplied, and whether the template shows it.
 *
 * A value is exposed when the template itself shows it or shows that it will be displayed:
 * - a literal string (or number), or a `!Sub`/`!Join` that evaluates to one;
 * - a `{{resolve:ssm:…}}` dynamic reference (a plain String parameter, readable by anyone with
 *   ssm:GetParameter and shown in clear text in the console);
 * - a `!Ref` to a parameter with a Default (the default is written in the template);
 * - a `!Ref` to a parameter without `NoEcho: true` (the value is shown by the console and by
 *   DescribeStacks).
 * It is correct (never reported) when it is a `{{resolve:secretsmanager:…}}` or
 * `{{resolve:ssm-secure:…}}` dynamic reference, also inside `!Sub`/`!Join`, or a `!Ref` to a NoEcho
 * parameter without Default. Anything else computed (GetAtt, ImportValue, pseudo parameters) is unknown.
 */
import type { Fix, Node, Parameter, ResourceContext, Variant } from '../api';
import { helpers, isMap, isScalar, walk } from '../api';

export type Exposure =
  | { kind: 'literal' }
  | { kind: 'ssm-plain' }
  | { kind: 'param-default'; param: Parameter }
  | { kind: 'param-echo'; param: Parameter };

const SECURE_REF = /\{\{resolve:(secretsmanager|ssm-secure):/;
const PLAIN_SSM_REF = /\{\{resolve:ssm:/;

/** True when any string under the node is a Secrets Manager or SSM SecureString dynamic reference. */
export function hasSecureReference(node: Node | undefined): boolean {
  if (!node) return false;
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (isScalar(n) && typeof n.value === 'string' && SECURE_REF.test(n.value)) found = true;
    return undefined;
  });
  return found;
}

function refParameter(ctx: ResourceContext, node: Node | undefined): Parameter | undefined {
  if (!isMap(node) || node.intrinsic !== 'Ref') return undefined;
  const arg = node.entries[0]?.value;
  const name = isScalar(arg) ? String(arg.value) : undefined;
  return name ? ctx.template.parameters.get(name) : undefined;
}

/** How a secret-bearing variant is exposed, or undefined when it is correct, absent or unknown. */
export function exposure(ctx: ResourceContext, v: Variant): Exposure | undefined {
  if (v.missing || !v.node) return undefined;
  if (v.viaParameter) {
    const param = ctx.template.parameters.get(v.viaParameter);
    if (!param) return undefined;
    // A Default that is itself a secure dynamic reference shows nothing; an empty Default shows no secret.
    if (hasSecureReference(v.node)) return undefined;
    const val = ctx.value(v);
    if (val === '' || val === null) return undefined;
    return { kind: 'param-default', param };
  }
  const param = refParameter(ctx, v.node);
  if (param) return param.noEcho ? undefined : { kind: 'param-echo', param };
  if (hasSecureReference(v.node)) return undefined;
  const val = ctx.value(v);
  if (typeof val === 'number') return { kind: 'literal' };
  if (typeof val !== 'string' || val === '') return undefined;
  if (PLAIN_SSM_REF.test(val)) return { kind: 'ssm-plain' };
  return { kind: 'literal' };
}

/**
 * Message templates shared by the password rules. Placeholders: `what` (the property, e.g.
 * "MasterUserPassword"), `resource` (e.g. "RDS instance Db"), `param`.
 */
export const SECRET_MESSAGES = {
  literal: '{{what}} of {{resource}} is written in plain text in the template: use a {{resolve:secretsmanager:…}} dynamic reference',
  ssmPlain: '{{what}} of {{resource}} comes from a plain SSM String parameter ({{resolve:ssm:…}}): use Secrets Manager or an SSM SecureString ({{resolve:ssm-secure:…}})',
  paramDefault: '{{what}} of {{resource}} comes from parameter {{param}}, whose Default is written in the template',
  paramEcho: '{{what}} of {{resource}} comes from parameter {{param}}, which does not set NoEcho: true (the value is shown by the console and DescribeStacks)',
} as const;

const MESSAGE_ID: Record<Exposure['kind'], keyof typeof SECRET_MESSAGES> = {
  literal: 'literal',
  'ssm-plain': 'ssmPlain',
  'param-default': 'paramDefault',
  'param-echo': 'paramEcho',
};

/** The dynamic reference the literal fix writes: a secret named after the resource. */
export function secretReference(ctx: ResourceContext, key: string): string {
  return `{{resolve:secretsmanager:${ctx.resource.logicalId}Secret:SecretString:${key}}}`;
}

/** Fixes for an exposure: replace a literal (unsafe), add NoEcho (safe), drop a Default (unsafe). */
export function exposureFixes(ctx: ResourceContext, v: Variant, e: Exposure, secretKey: string): Fix[] | undefined {
  if (v.conditions.length > 0) return undefined;
  if (e.kind === 'literal' && v.node && !v.viaParameter) {
    return helpers.fix(`Replace the plaintext value with a Secrets Manager dynamic reference (create secret ${ctx.resource.logicalId}Secret first)`, 'unsafe', {
      op: 'replace',
      target: v.node,
      value: secretReference(ctx, secretKey),
    });
  }
  const pmap = e.kind === 'param-echo' || e.kind === 'param-default' ? e.param.node : undefined;
  if (!isMap(pmap)) return undefined;
  if (e.kind === 'param-echo') return helpers.fix(`Set NoEcho: true on parameter ${e.param.name}`, 'safe', { op: 'set', target: pmap, key: 'NoEcho', value: true });
  if (e.kind === 'param-default' && e.param.default) {
    const edits = [{ op: 'delete' as const, target: e.param.default }, ...(e.param.noEcho ? [] : [{ op: 'set' as const, target: pmap, key: 'NoEcho', value: true }])];
    return helpers.fix(`Remove the Default of parameter ${e.param.name}${e.param.noEcho ? '' : ' and set NoEcho: true'} (deployments must pass the value)`, 'unsafe', ...edits);
  }
  return undefined;
}

/**
 * Checks every variant of a secret-bearing property path and reports exposures with the shared
 * messages. `secretKey` names the JSON key the fix's dynamic reference reads (e.g. "password").
 */
export function checkSecretProperty(ctx: ResourceContext, path: string, what: string, resource: string, secretKey = 'password'): void {
  for (const v of ctx.prop(path)) {
    const e = exposure(ctx, v);
    if (!e) continue;
    const data: Record<string, string> = { what, resource };
    if (e.kind === 'param-default' || e.kind === 'param-echo') data.param = e.param.name;
    ctx.report({ at: v, messageId: MESSAGE_ID[e.kind], data, fixes: exposureFixes(ctx, v, e, secretKey) });
  }
}
