/**
 * The seam between the account scan and the rule engine: the snapshot's resources rendered as
 * CloudFormation templates (one per region, plus one for global resources), so the normal template
 * rules run on them unchanged. Each resource keeps where it came from in its Metadata, and the
 * logical-id map leads a finding back to the live resource (ARN, identifier, region).
 */
import type { AccountSnapshot, SnapshotResource } from "./snapshot";

/** Metadata key under which each rendered resource records its live origin. */
export const SOURCE_METADATA_KEY = "Shieldwall::Source";

/** One rendered template. */
export interface AccountTemplate {
  /** AWS region, or "global". */
  region: string;
  /** A stable pseudo-URI for diagnostics, e.g. aws://111122223333/eu-west-1/template.json. */
  uri: string;
  /** The template as data. */
  template: {
    AWSTemplateFormatVersion: "2010-09-09";
    Description: string;
    Resources: Record<string, { Type: string; Properties: unknown; Metadata: Record<string, unknown> }>;
  };
  /** The template as JSON text (valid YAML too), what the engine parses. */
  text: string;
  /** Logical id → the snapshot resource it was rendered from. */
  resources: Map<string, SnapshotResource>;
}

/** AWS::EC2::SecurityGroup + sg-0ab/c → EC2SecurityGroupSg0abC (CloudFormation logical ids are alphanumeric). */
function logicalIdBase(resource: SnapshotResource): string {
  const type = resource.typeName.split("::").slice(1).join("");
  const id = resource.identifier
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
  return `${type}${id}`.slice(0, 255);
}

/**
 * Render every resource of the snapshot into CloudFormation templates, one per region (global
 * resources in their own), in a stable order. Properties are copied as collected.
 */
export function snapshotToTemplates(snapshot: AccountSnapshot): AccountTemplate[] {
  const byRegion = new Map<string, SnapshotResource[]>();
  for (const resource of snapshot.resources) {
    const list = byRegion.get(resource.region) ?? [];
    list.push(resource);
    byRegion.set(resource.region, list);
  }
  const templates: AccountTemplate[] = [];
  for (const region of [...byRegion.keys()].sort()) {
    const resources = [...(byRegion.get(region) ?? [])].sort(
      (a, b) => a.typeName.localeCompare(b.typeName) || a.identifier.localeCompare(b.identifier),
    );
    const rendered: AccountTemplate["template"]["Resources"] = {};
    const origin = new Map<string, SnapshotResource>();
    for (const resource of resources) {
      const base = logicalIdBase(resource);
      let logicalId = base;
      for (let n = 2; Object.prototype.hasOwnProperty.call(rendered, logicalId); n++) logicalId = `${base}${n}`;
      rendered[logicalId] = {
        Type: resource.typeName,
        Properties: resource.properties,
        Metadata: {
          [SOURCE_METADATA_KEY]: {
            identifier: resource.identifier,
            region: resource.region,
            ...(resource.arn !== undefined && { arn: resource.arn }),
          },
        },
      };
      origin.set(logicalId, resource);
    }
    const template: AccountTemplate["template"] = {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `Live resources of AWS account ${snapshot.accountId} in ${region}, read by Shieldwall`,
      Resources: rendered,
    };
    templates.push({
      region,
      uri: `aws://${snapshot.accountId}/${region}/template.json`,
      template,
      text: `${JSON.stringify(template, null, 2)}\n`,
      resources: origin,
    });
  }
  return templates;
}
