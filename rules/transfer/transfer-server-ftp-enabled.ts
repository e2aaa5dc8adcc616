import { defineRule } from '../api';
import { literal } from '../lib/network';

/**
 * ## What it does
 * Flags an AWS Transfer Family server (`AWS::Transfer::Server`) whose `Protocols` include `FTP`.
 * The default (`SFTP`) and `FTPS`/`AS2` are encrypted and not flagged.
 *
 * ## Why it matters
 * Plain FTP sends user names, passwords and file contents unencrypted. Transfer Family only allows
 * FTP inside a VPC, but anyone on that network path (or a compromised host in it) can still read it.
 *
 * ## Example
 * ```yaml
 * Sftp:
 *   Type: AWS::Transfer::Server
 *   Properties:
 *     EndpointType: VPC
 *     Protocols: [FTP]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Protocols: [SFTP]   # or FTPS with a Certificate
 * ```
 *
 * ## Fix safety
 * No automatic fix: switching to SFTP or FTPS changes client configuration (and FTPS needs a
 * certificate).
 *
 * ## References
 * - https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-transfer-server.html
 */
export default defineRule({
  meta: {
    id: 'SW5216',
    name: 'transfer-server-ftp-enabled',
    family: 'transfer',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'Transfer Family server accepts unencrypted FTP',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      ftp: 'Transfer server {{server}} enables plain FTP: credentials and files travel unencrypted (use SFTP or FTPS)',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/transfer/latest/userguide/create-server-ftp.html'],
    equivalents: { securityHub: ['Transfer.2'] },
  },
  resource: {
    types: ['AWS::Transfer::Server'],
    check(ctx) {
      for (const v of ctx.prop('Protocols.*')) {
        if (literal(ctx, v)?.toUpperCase() === 'FTP') ctx.report({ at: v, messageId: 'ftp', data: { server: ctx.resource.logicalId } });
      }
    },
  },
});
