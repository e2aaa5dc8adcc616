import { type ResourceContext, type Variant, defineRule, helpers, isMap } from '../api';

/** Ports whose exposure to the internet is almost never intended. 80/443 are deliberately absent. */
export const SENSITIVE_PORTS: ReadonlyArray<[number, string]> = [
  [20, 'FTP data'],
  [21, 'FTP'],
  [22, 'SSH'],
  [23, 'Telnet'],
  [135, 'MS RPC'],
  [139, 'NetBIOS'],
  [445, 'SMB'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [2049, 'NFS'],
  [2375, 'Docker API'],
  [2376, 'Docker API (TLS)'],
  [2379, 'etcd'],
  [3306, 'MySQL'],
  [3389, 'RDP'],
  [5432, 'PostgreSQL'],
  [5439, 'Redshift'],
  [5601, 'Kibana'],
  [5900, 'VNC'],
  [5984, 'CouchDB'],
  [6379, 'Redis'],
  [6443, 'Kubernetes API'],
  [9042, 'Cassandra'],
  [9090, 'admin console'],
  [9200, 'Elasticsearch'],
  [9300, 'Elasticsearch transport'],
  [10250, 'kubelet'],
  [11211, 'Memcached'],
  [27017, 'MongoDB'],
];

/**
 * ## What it does
 * Flags security group ingress that lets the whole internet (`0.0.0.0/0` or `::/0`) reach an
 * administrative or database port (SSH, RDP, MySQL, PostgreSQL, Redis, Docker…) or every port. It
 * checks inline `SecurityGroupIngress` rules and standalone `AWS::EC2::SecurityGroupIngress`
 * resources, any port range that contains a sensitive port, `IpProtocol: -1`, and CIDRs that come from
 * a parameter's Default or from a prefix list defined in the template. HTTP and HTTPS (80/443) are
 * not flagged: public load balancers need them.
 *
 * ## Why it matters
 * Internet-wide scanners find an open SSH, RDP or database port within minutes, and brute force,
 * credential stuffing and unpatched-service exploits follow. Administrative access belongs behind a
 * VPN, AWS Systems Manager Session Manager, or a narrow CIDR.
 *
 * ## Example
 * ```yaml
 * BastionSG:
 *   Type: AWS::EC2::SecurityGroup
 *   Properties:
 *     GroupDescription: bastion
 *     SecurityGroupIngress:
 *       - IpProtocol: tcp
 *         FromPort: 22
 *         ToPort: 22
 *         CidrIp: 0.0.0.0/0
 * ```
 *
 * ## Use instead
 * ```yaml
 *       - IpProtocol: tcp
 *         FromPort: 22
 *         ToPort: 22
 *         CidrIp: !Ref AllowedIngressCidr   # e.g. your office range
 * ```
 *
 * ## Fix safety
 * Unsafe: the fix replaces the CIDR with a new `AllowedIngressCidr` parameter, which changes who can
 * connect. Deployments must then pass a value.
 *
 * ## References
 * - https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13
 */
export default defineRule({
  meta: {
    id: 'SW2002',
    name: 'security-group-sensitive-port-open-to-world',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'critical',
    description: 'Security group lets the internet reach an administrative or database port, or all ports',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      ports: 'Security group {{group}} allows {{cidr}} to reach {{ports}}',
      all: 'Security group {{group}} allows {{cidr}} on all ports and protocols',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
    equivalents: {
      checkov: ['CKV_AWS_24', 'CKV_AWS_25', 'CKV_AWS_260', 'CKV_AWS_277'],
      cfnLint: ['W2508'],
      guard: ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC'],
      trivy: ['AVD-AWS-0107'],
      securityHub: ['EC2.13', 'EC2.14', 'EC2.18', 'EC2.19'],
      cis: ['5.2', '5.3'],
    },
    cdk: 'securityGroup.addIngressRule(ec2.Peer.ipv4(\'10.0.0.0/8\'), ec2.Port.tcp(22))',
  },
  resource: {
    types: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::EC2::SecurityGroup') {
        for (const rule of ctx.prop('SecurityGroupIngress.*')) {
          if (!rule.missing && isMap(rule.node)) checkRule(ctx, rule, ctx.resource.logicalId);
        }
        return;
      }
      // Standalone ingress: name the group it attaches to (by Ref or GetAtt GroupId).
      const groupNode = ctx.resource.properties?.get('GroupId') ?? ctx.resource.properties?.get('GroupName');
      const group = ctx.resolveRef(groupNode);
      const name = group ? `${group.logicalId} (via ${ctx.resource.logicalId})` : ctx.resource.logicalId;
      for (const root of ctx.prop('')) if (!root.missing) checkRule(ctx, root, name, group?.keyNode);
    },
  },
});

function checkRule(ctx: ResourceContext, rule: Variant, group: string, groupKey?: import('../api').Node): void {
  const proto = single(ctx, rule, 'IpProtocol');
  if (!proto) return;
  const p = String(ctx.value(proto)).toLowerCase();
  const allProtocols = p === '-1' || p === 'all';
  const tcpUdp = p === 'tcp' || p === 'udp' || p === '6' || p === '17';
  if (!allProtocols && !tcpUdp) return; // icmp and friends, or unknown
  for (const field of ['CidrIp', 'CidrIpv6']) {
    for (const c of ctx.lookup(rule, field)) {
      if (c.missing) continue;
      const cidr = ctx.value(c);
      if (!helpers.isWorldCidr(cidr)) continue;
      reportExposure(ctx, rule, c, String(cidr), allProtocols, group, groupKey);
    }
  }
  // A prefix list defined in this template that contains a world CIDR.
  for (const pl of ctx.lookup(rule, 'SourcePrefixListId')) {
    if (pl.missing) continue;
    const list = ctx.resolveRef(pl.node);
    if (!list || list.type !== 'AWS::EC2::PrefixList') continue;
    for (const e of ctx.lookup(list.properties, 'Entries.*.Cidr')) {
      if (e.missing || !helpers.isWorldCidr(ctx.value(e))) continue;
      reportExposure(ctx, rule, pl, `${String(ctx.value(e))} (prefix list ${list.logicalId})`, allProtocols, group, groupKey);
      break;
    }
  }
}

function reportExposure(ctx: ResourceContext, rule: Variant, at: Variant, cidr: string, allProtocols: boolean, group: string, groupKey?: import('../api').Node): void {
  const related = groupKey ? [{ node: groupKey, message: 'The security group this rule belongs to' }] : [];
  const fixes = at.viaParameter || at.conditions.length > 0 || rule.conditions.length > 0 || cidr.includes('prefix list') ? undefined : narrowFix(at);
  if (allProtocols) {
    ctx.report({ at, messageId: 'all', data: { group, cidr }, related, fixes });
    return;
  }
  const from = helpers.asNumber(ctx.value(single(ctx, rule, 'FromPort')));
  const to = helpers.asNumber(ctx.value(single(ctx, rule, 'ToPort')));
  if (from === undefined || to === undefined) return; // unknown range: do not guess
  if (from === -1 || (from <= 0 && to >= 65535)) {
    ctx.report({ at, messageId: 'all', data: { group, cidr }, related, fixes });
    return;
  }
  const hit = SENSITIVE_PORTS.filter(([port]) => port >= from && port <= to);
  if (hit.length === 0) return;
  const shown = hit.slice(0, 4).map(([port, name]) => `${name} (${port})`);
  const ports = hit.length > 4 ? `${shown.join(', ')} and ${hit.length - 4} more sensitive ports` : shown.join(', ');
  ctx.report({ at, messageId: 'ports', data: { group, cidr, ports: from === to ? ports : `ports ${from}-${to}, including ${ports}` }, related, fixes });
}

function narrowFix(at: Variant) {
  if (!at.node) return undefined;
  return helpers.fix(
    'Replace the world-open CIDR with a new AllowedIngressCidr parameter',
    'unsafe',
    { op: 'add-top-level', section: 'Parameters', key: 'AllowedIngressCidr', value: { Type: 'String', Description: 'CIDR range allowed to connect', AllowedPattern: '^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$|^[0-9a-fA-F:]+/\\d{1,3}$' } },
    { op: 'replace', target: at.node, value: { Ref: 'AllowedIngressCidr' } },
  );
}

/** The first variant of a scalar field under the rule (ports/protocol are rarely conditional). */
function single(ctx: ResourceContext, rule: Variant, field: string): Variant | undefined {
  const vs = ctx.lookup(rule, field);
  const v = vs[0];
  return v && !v.missing ? v : undefined;
}
