import { defineRule } from '../api';
import { readNaclEntry } from '../lib/network';

/**
 * ## What it does
 * Flags an inbound `allow` network ACL entry from a non-world source that does not narrow traffic
 * by port: `Protocol: -1` (or a protocol number for which EC2 ignores ports), a TCP/UDP entry whose
 * `PortRange` spans 0-65535, or a TCP/UDP entry without a complete `PortRange` (EC2 requires one).
 * World-open entries are reported by `network-acl-entry-world-open-admin-ports` instead. Outbound
 * entries are not flagged: allowing all egress is the normal stateless-ACL setup for return traffic.
 *
 * ## Why it matters
 * An ACL that allows every port from a broad internal range (a whole VPC or a peered network) adds
 * no defence in depth: lateral movement from any compromised host in that range reaches every
 * service of the subnet.
 *
 * ## Example
 * ```yaml
 * InboundFromVpc:
 *   Type: AWS::EC2::NetworkAclEntry
 *   Properties:
 *     NetworkAclId: !Ref DataAcl
 *     RuleNumber: 100
 *     Protocol: -1
 *     RuleAction: allow
 *     CidrBlock: 10.0.0.0/16
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Protocol: 6
 *     PortRange: { From: 5432, To: 5432 }
 * ```
 *
 * ## Fix safety
 * No automatic fix: which ports the subnet must accept depends on its workloads.
 *
 * ## References
 * - https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
 * - https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html
 */
export default defineRule({
  meta: {
    id: 'SW5301',
    name: 'network-acl-entry-allows-all-ports',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'low',
    description: 'Inbound network ACL entry allows all protocols or all ports',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      allProtocols: 'Network ACL entry {{entry}} allows inbound traffic on all protocols and ports (Protocol {{protocol}})',
      allPorts: 'Network ACL entry {{entry}} allows inbound TCP/UDP on every port (0-65535)',
      noPortRange: 'Network ACL entry {{entry}} is a TCP/UDP allow rule without a complete PortRange (EC2 requires From and To)',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
    equivalents: { cfnNag: ['W66', 'W67'], trivy: ['AVD-AWS-0102'] },
  },
  resource: {
    types: ['AWS::EC2::NetworkAclEntry'],
    check(ctx) {
      const e = readNaclEntry(ctx);
      if (!e.ingressAllow || !e.protocolAt) return;
      const entry = ctx.resource.logicalId;
      const world = e.worldSources.length > 0;
      if (e.protocol === 'all') {
        if (!world) ctx.report({ at: e.protocolAt, messageId: 'allProtocols', data: { entry, protocol: String(ctx.value(e.protocolAt)) } });
        return;
      }
      if (e.protocol !== 'tcpudp') return;
      if (e.ports === 'missing') {
        ctx.report({ at: e.protocolAt, messageId: 'noPortRange', data: { entry } });
        return;
      }
      if (!world && e.ports && e.ports.from <= 0 && e.ports.to >= 65535) ctx.report({ at: ctx.prop('PortRange')[0] ?? e.protocolAt, messageId: 'allPorts', data: { entry } });
    },
  },
});
