import { defineRule } from '../api';
import { listShort, readNaclEntry, sensitiveIn } from '../lib/network';

/**
 * ## What it does
 * Flags an inbound `allow` network ACL entry (`AWS::EC2::NetworkAclEntry` with `Egress` false or
 * absent) from `0.0.0.0/0` or `::/0` that covers every protocol (`Protocol: -1`, or a protocol
 * number for which EC2 ignores ports) or a TCP/UDP port range containing an administrative or
 * database port (SSH, RDP, SMB, MySQL, PostgreSQL, Redis…). HTTP and HTTPS (80/443) and the
 * ephemeral return-traffic range 1024-65535 are not flagged on their own.
 *
 * ## Why it matters
 * The network ACL is the subnet-wide guard rail behind security groups: when it admits SSH or RDP
 * from the internet, a single permissive security group exposes every instance of the subnet to
 * brute force and exploits. Security Hub control EC2.21 checks exactly this.
 *
 * ## Example
 * ```yaml
 * InboundSsh:
 *   Type: AWS::EC2::NetworkAclEntry
 *   Properties:
 *     NetworkAclId: !Ref PublicAcl
 *     RuleNumber: 100
 *     Protocol: 6
 *     RuleAction: allow
 *     CidrBlock: 0.0.0.0/0
 *     PortRange: { From: 22, To: 22 }
 * ```
 *
 * ## Use instead
 * ```yaml
 *     CidrBlock: 203.0.113.0/24   # your admin network, or use Session Manager instead of SSH
 * ```
 *
 * ## Fix safety
 * No automatic fix: the right source range depends on who must connect.
 *
 * ## References
 * - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21
 */
export default defineRule({
  meta: {
    id: 'SW5300',
    name: 'network-acl-entry-world-open-admin-ports',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'high',
    description: 'Network ACL admits the internet on all traffic or on administrative/database ports',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      all: 'Network ACL entry {{entry}} allows {{cidr}} inbound on all protocols and ports',
      ports: 'Network ACL entry {{entry}} allows {{cidr}} inbound to {{ports}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
    equivalents: { checkov: ['CKV_AWS_229', 'CKV_AWS_230', 'CKV_AWS_231', 'CKV_AWS_232'], cfnNag: ['W66'], trivy: ['AVD-AWS-0102', 'AVD-AWS-0105'], securityHub: ['EC2.21'], cis: ['5.1'] },
  },
  resource: {
    types: ['AWS::EC2::NetworkAclEntry'],
    check(ctx) {
      const e = readNaclEntry(ctx);
      if (!e.ingressAllow || e.worldSources.length === 0) return;
      const entry = ctx.resource.logicalId;
      for (const src of e.worldSources) {
        const cidr = String(ctx.value(src));
        if (e.protocol === 'all') {
          ctx.report({ at: src, messageId: 'all', data: { entry, cidr } });
          continue;
        }
        if (e.protocol !== 'tcpudp' || e.ports === undefined || e.ports === 'missing') continue;
        const hit = sensitiveIn(e.ports.from, e.ports.to);
        if (hit.length === 0) continue;
        const range = e.ports.from === e.ports.to ? '' : `ports ${e.ports.from}-${e.ports.to}, including `;
        ctx.report({ at: src, messageId: 'ports', data: { entry, cidr, ports: `${range}${listShort(hit)}` } });
      }
    },
  },
});
