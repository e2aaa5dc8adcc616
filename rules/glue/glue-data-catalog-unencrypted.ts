import { defineRule, str } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Glue::DataCatalogEncryptionSettings` whose
 * `DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode` is missing or `DISABLED`.
 *
 * ## Why it matters
 * Data Catalog metadata (databases, tables, partitions, column names and locations, connection
 * definitions) is stored without KMS encryption unless catalog encryption is turned on. A template that
 * declares the settings resource but leaves encryption disabled states that the catalog stays
 * unencrypted.
 *
 * ## Example
 * ```yaml
 * CatalogSettings:
 *   Type: AWS::Glue::DataCatalogEncryptionSettings
 *   Properties:
 *     CatalogId: !Ref AWS::AccountId
 *     DataCatalogEncryptionSettings:
 *       EncryptionAtRest:
 *         CatalogEncryptionMode: DISABLED
 * ```
 *
 * ## Use instead
 * ```yaml
 * CatalogSettings:
 *   Type: AWS::Glue::DataCatalogEncryptionSettings
 *   Properties:
 *     CatalogId: !Ref AWS::AccountId
 *     DataCatalogEncryptionSettings:
 *       EncryptionAtRest:
 *         CatalogEncryptionMode: SSE-KMS
 *         SseAwsKmsKeyId: !Ref CatalogKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: every principal that reads the catalog (Athena, EMR, Redshift Spectrum, Glue jobs)
 * then needs permission to use the key.
 *
 * ## References
 * - https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-datacatalogencryptionsettings.html
 */
export default defineRule({
  meta: {
    id: 'SW5037',
    name: 'glue-data-catalog-unencrypted',
    family: 'glue',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'Glue Data Catalog encryption at rest is disabled',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Glue Data Catalog settings {{settings}} set no CatalogEncryptionMode: catalog metadata is not encrypted at rest',
      disabled: 'Glue Data Catalog settings {{settings}} set CatalogEncryptionMode to DISABLED',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html'],
    equivalents: { checkov: ['CKV_AWS_94'], guard: ['GLUE_DATA_CATALOG_ENCRYPTED'] },
  },
  resource: {
    types: ['AWS::Glue::DataCatalogEncryptionSettings'],
    check(ctx) {
      const data = { settings: ctx.resource.logicalId };
      for (const v of ctx.prop('DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data });
        else if ((str(v.node) ?? '').toUpperCase() === 'DISABLED') ctx.report({ at: v, messageId: 'disabled', data });
      }
    },
  },
});
