/**
 * Shared building blocks for the encryption-in-transit and network-exposure rules: literal-string
 * reads, "can this finding carry a fix" and port-range checks. Everything is three-valued: a value
 * the template does not decide is never reported.
 */
import { type BaseContext, type Fix, type Json, type ResourceContext, type Variant, helpers } from '../api';
import { SENSITIVE_PORTS } from '../ec2/security-group-sensitive-port-open-to-world';

export { SENSITIVE_PORTS };

/** The literal string (numbers as strings) a variant evaluates to, or undefined when unknown or absent. */
export function literal(ctx: BaseContext, v: Variant | undefined): string | undefined {
  if (!v || v.missing) return undefined;
  const val = ctx.value(v);
  if (typeof val === 'string') return val;
  if (typeof val === 'number' || typeof val === 'boolean') return String(val);
  return undefined;
}

/** Upper-cased literal, for case-insensitive enum comparisons (CloudFormation accepts `http` and `HTTP`). */
export function upper(ctx: BaseContext, v: Variant | undefined): string | undefined {
  return literal(ctx, v)?.toUpperCase();
}

/**
 * True when a fix may edit this variant in place: the value is written on the resource itself, not
 * inherited from a parameter Default (editing the default changes every user of the parameter) and
 * not inside an Fn::If branch (the other branch may be deliberate).
 */
export function fixable(v: Variant): boolean {
  return !v.viaParameter && v.conditions.length === 0;
}

/** Sensitive ports (SSH, RDP, databases…) inside an inclusive port range, as "SSH (22), RDP (3389)". */
export function sensitiveIn(from: number, to: number): string[] {
  return SENSITIVE_PORTS.filter(([p]) => p >= from && p <= to).map(([p, name]) => `${name} (${p})`);
}

/** Joins at most four items and says how many more there are. */
export function listShort(items: readonly string[]): string {
  return items.length > 4 ? `${items.slice(0, 4).join(', ')} and ${items.length - 4} more` : items.join(', ');
}

/**
 * Reports a MetadataOptions block (launch template data or launch configuration) that leaves IMDSv1
 * on: HttpTokens missing (defaults to optional) or `optional`, unless the metadata endpoint is
 * disabled. `options` are the variants of the MetadataOptions map.
 */
export function checkImdsOptions(
  ctx: ResourceContext,
  options: readonly Variant[],
  report: (at: Variant, messageId: 'missing' | 'optional', fixes: Fix[] | undefined) => void,
): void {
  const helpersFix = (v: Variant, key: string, value: Json) => (fixable(v) ? helpers.fix('Require IMDSv2 (HttpTokens: required)', 'unsafe', helpers.setAt(ctx, v, key, value)) : undefined);
  for (const opts of options) {
    if (opts.missing) {
      report(opts, 'missing', helpersFix(opts, 'MetadataOptions', { HttpTokens: 'required' }));
      continue;
    }
    if (ctx.lookup(opts.node, 'HttpEndpoint').some((e) => literal(ctx, e)?.toLowerCase() === 'disabled')) continue;
    for (const t of ctx.lookup(opts.node, 'HttpTokens')) {
      const fixes = fixable(opts) ? helpersFix(t, 'HttpTokens', 'required') : undefined;
      if (t.missing) report(t, 'missing', fixes);
      else if (literal(ctx, t)?.toLowerCase() === 'optional') report(t, 'optional', fixes);
    }
  }
}

/** What a network ACL entry lets through, as far as the template shows. */
export interface NaclEntry {
  /** True for inbound allow rules (Egress false or absent, RuleAction allow). */
  ingressAllow: boolean;
  /** 'all' for -1 or a protocol other than TCP/UDP/ICMP/ICMPv6 (EC2 then ignores ports), 'tcpudp', 'icmp', or unknown. */
  protocol: 'all' | 'tcpudp' | 'icmp' | undefined;
  protocolAt: Variant | undefined;
  /** The port range for TCP/UDP; `missing` when PortRange, From or To is absent. */
  ports: { from: number; to: number } | 'missing' | undefined;
  /** World-open source CIDR variants (0.0.0.0/0, ::/0). */
  worldSources: Variant[];
}

/** Reads an AWS::EC2::NetworkAclEntry. Unknown values make the matching fields undefined. */
export function readNaclEntry(ctx: ResourceContext): NaclEntry {
  const first = (path: string) => ctx.prop(path)[0];
  const egress = first('Egress');
  const action = literal(ctx, first('RuleAction'))?.toLowerCase();
  const ingressAllow = (egress === undefined || egress.missing || ctx.bool(egress) === 'false') && action === 'allow';
  const protocolAt = first('Protocol');
  const p = literal(ctx, protocolAt)?.toLowerCase();
  const n = p === undefined ? undefined : p === 'tcp' ? 6 : p === 'udp' ? 17 : Number(p);
  const protocol = n === undefined || Number.isNaN(n) ? undefined : n === 6 || n === 17 ? 'tcpudp' : n === 1 || n === 58 ? 'icmp' : 'all';
  let ports: NaclEntry['ports'];
  if (protocol === 'tcpudp') {
    const from = first('PortRange.From');
    const to = first('PortRange.To');
    if (!from || !to || from.missing || to.missing) ports = 'missing';
    else {
      const f = Number(literal(ctx, from));
      const t = Number(literal(ctx, to));
      ports = Number.isNaN(f) || Number.isNaN(t) || literal(ctx, from) === undefined || literal(ctx, to) === undefined ? undefined : { from: f, to: t };
    }
  }
  const worldSources = [...ctx.prop('CidrBlock'), ...ctx.prop('Ipv6CidrBlock')].filter((c) => !c.missing && helpers.isWorldCidr(ctx.value(c)));
  return { ingressAllow, protocol, protocolAt, ports, worldSources };
}
