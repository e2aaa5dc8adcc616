import { defineRule, str } from '../api';

/**
 * ## What it does
 * In an account scan, flags a region where EBS encryption by default is off
 * (`ec2:GetEbsEncryptionByDefault`).
 *
 * ## Why it matters
 * With the setting on, every new volume and snapshot copy in the region is encrypted, whatever tool
 * creates it. Without it, one template or console click that forgets `Encrypted: true` stores data in
 * clear text.
 *
 * ## Example
 * ```yaml
 * EbsDefaultEncryptionEuWest1:
 *   Type: Shieldwall::EC2::EbsEncryptionByDefault
 *   Properties:
 *     Region: eu-west-1
 *     Enabled: false
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Enabled: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: enable it with `aws ec2 enable-ebs-encryption-by-default` in each region.
 *
 * ## References
 * - https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html
 */
export default defineRule({
  meta: {
    id: 'SW6007',
    name: 'ebs-encryption-by-default-disabled',
    family: 'account',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'EBS encryption by default is off in a region',
    appliesTo: ['account'],
    messages: { off: 'EBS encryption by default is off in {{region}}: new volumes are unencrypted unless each request asks' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
    equivalents: { securityHub: ['EC2.7'], cis: ['2.2.1'] },
  },
  resource: {
    types: ['Shieldwall::EC2::EbsEncryptionByDefault'],
    check(ctx) {
      const region = str(ctx.resource.properties?.get('Region')) ?? '?';
      for (const v of ctx.prop('Enabled')) if (!v.missing && ctx.bool(v) === 'false') ctx.report({ at: v, messageId: 'off', data: { region } });
    },
  },
});
