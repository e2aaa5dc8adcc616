import { type Edit, type Variant, defineRule, helpers } from '../api';

/** Stateful types checked, with a human label and whether they support `Snapshot`. */
const STATEFUL: Readonly<Record<string, { label: string; snapshot: boolean }>> = {
  'AWS::RDS::DBInstance': { label: 'RDS instance', snapshot: true },
  'AWS::RDS::DBCluster': { label: 'DB cluster', snapshot: true },
  'AWS::DynamoDB::Table': { label: 'DynamoDB table', snapshot: false },
  'AWS::DynamoDB::GlobalTable': { label: 'DynamoDB global table', snapshot: false },
  'AWS::EFS::FileSystem': { label: 'EFS file system', snapshot: false },
  'AWS::EC2::Volume': { label: 'EBS volume', snapshot: true },
  'AWS::S3::Bucket': { label: 'S3 bucket', snapshot: false },
  'AWS::DocDB::DBCluster': { label: 'DocumentDB cluster', snapshot: true },
  'AWS::Neptune::DBCluster': { label: 'Neptune cluster', snapshot: true },
  'AWS::Redshift::Cluster': { label: 'Redshift cluster', snapshot: true },
  'AWS::OpenSearchService::Domain': { label: 'OpenSearch domain', snapshot: false },
  'AWS::Elasticsearch::Domain': { label: 'Elasticsearch domain', snapshot: false },
  'AWS::Cognito::UserPool': { label: 'Cognito user pool', snapshot: false },
};

/**
 * ## What it does
 * Flags a stateful resource (databases, tables, file systems, volumes, buckets, search domains, user
 * pools) whose `DeletionPolicy` or `UpdateReplacePolicy` is missing or `Delete`, so
 * CloudFormation destroys its data when the stack is deleted, when the resource is removed from the
 * template, or when an update replaces it.
 *
 * CloudFormation's own defaults are taken into account: `AWS::RDS::DBCluster`, and
 * `AWS::RDS::DBInstance` without `DBClusterIdentifier`, default to a `Snapshot` deletion policy, so
 * for them only a missing `UpdateReplacePolicy` (which always defaults to `Delete`) or an explicit
 * `Delete` is reported. Aurora member instances hold no data of their own and are skipped. An S3
 * bucket that still holds objects cannot be deleted by CloudFormation, but an emptied or
 * lifecycle-expired one can.
 *
 * ## Why it matters
 * A renamed logical id, a property change that requires replacement, or a mistaken stack deletion is
 * enough to lose a production database or table for good. `Retain` (or `Snapshot`) turns those
 * mistakes into a leftover resource instead of lost data.
 *
 * ## Example
 * ```yaml
 * Orders:
 *   Type: AWS::DynamoDB::Table
 *   Properties:
 *     BillingMode: PAY_PER_REQUEST
 * ```
 *
 * ## Use instead
 * ```yaml
 * Orders:
 *   Type: AWS::DynamoDB::Table
 *   DeletionPolicy: Retain
 *   UpdateReplacePolicy: Retain
 *   Properties:
 *     BillingMode: PAY_PER_REQUEST
 * ```
 *
 * ## Fix safety
 * Adding the missing policies is safe: `Retain` (or `Snapshot` for types that support it) only changes
 * what happens on deletion or replacement. Replacing an explicit `Delete` is unsafe: someone chose it,
 * perhaps for a throwaway environment, and retained resources keep costing money.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html
 */
export default defineRule({
  meta: {
    id: 'SW5709',
    name: 'stateful-resource-without-retain-policy',
    family: 'cfn',
    category: 'resilience',
    severity: 'medium',
    description: 'Stateful resource is deleted with its data on stack deletion or replacement',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      deletion: '{{kind}} {{res}} {{how}}: deleting the stack or removing the resource destroys its data{{also}}',
      replace: '{{kind}} {{res}} {{how}}: an update that replaces it deletes the old one and its data',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html'],
    equivalents: { cfnLint: ['I3011'] },
    cdk: 'removalPolicy: RemovalPolicy.RETAIN (or RemovalPolicy.SNAPSHOT)',
  },
  resource: {
    types: Object.keys(STATEFUL),
    check(ctx) {
      const r = ctx.resource;
      const info = r.type ? STATEFUL[r.type] : undefined;
      const map = r.map;
      if (!info || !map) return;
      const isRdsInstance = r.type === 'AWS::RDS::DBInstance';
      if (isRdsInstance && r.properties?.has('DBClusterIdentifier')) return;
      const snapshotByDefault = r.type === 'AWS::RDS::DBCluster' || isRdsInstance;
      const keep = info.snapshot ? 'Snapshot' : 'Retain';
      const base = { kind: info.label, res: r.logicalId };

      const state = (v: Variant, defaultDelete: boolean): 'missing' | 'delete' | 'ok' => {
        if (v.missing) return defaultDelete ? 'missing' : 'ok';
        const val = ctx.value(v);
        return typeof val === 'string' && val === 'Delete' ? 'delete' : 'ok';
      };
      const replaceVariants = ctx.lookup(r.node, 'UpdateReplacePolicy');
      const replaceMissing = replaceVariants.some((v) => v.missing);

      for (const dp of ctx.lookup(r.node, 'DeletionPolicy')) {
        const s = state(dp, !snapshotByDefault);
        if (s === 'ok') continue;
        const edits: Edit[] = [];
        if (s === 'missing' && !map.has('DeletionPolicy')) edits.push({ op: 'set', target: map, key: 'DeletionPolicy', value: keep });
        else if (s === 'delete' && dp.node && !dp.viaParameter && dp.conditions.length === 0) edits.push({ op: 'replace', target: dp.node, value: keep });
        // One policy per fix: the JSON renderer rejects two inserts into the same object as overlapping
        // edits, so the UpdateReplacePolicy finding that follows carries its own fix.
        const ok = edits.length > 0;
        ctx.report({
          at: s === 'missing' ? r.keyNode : dp,
          messageId: 'deletion',
          data: { ...base, how: s === 'missing' ? 'has no DeletionPolicy (CloudFormation deletes it)' : 'sets DeletionPolicy to Delete', also: replaceMissing ? ' (UpdateReplacePolicy is missing too)' : '' },
          fixes: ok ? helpers.fix(`${s === 'missing' ? 'Add' : 'Set'} DeletionPolicy: ${keep}`, s === 'missing' ? 'safe' : 'unsafe', ...edits) : undefined,
        });
        // One finding at a time: the UpdateReplacePolicy finding (and its fix) follows once this one is fixed.
        return;
      }
      for (const up of replaceVariants) {
        const s = state(up, true);
        if (s === 'ok') continue;
        const fixes =
          s === 'missing' && !map.has('UpdateReplacePolicy')
            ? helpers.fix(`Add UpdateReplacePolicy: ${keep}`, 'safe', { op: 'set', target: map, key: 'UpdateReplacePolicy', value: keep })
            : s === 'delete' && up.node && !up.viaParameter && up.conditions.length === 0
              ? helpers.fix(`Set UpdateReplacePolicy: ${keep}`, 'unsafe', { op: 'replace', target: up.node, value: keep })
              : undefined;
        ctx.report({ at: s === 'missing' ? r.keyNode : up, messageId: 'replace', data: { ...base, how: s === 'missing' ? 'has no UpdateReplacePolicy (CloudFormation deletes the replaced resource)' : 'sets UpdateReplacePolicy to Delete' }, fixes });
      }
    },
  },
});
