/**
 * Folding the pages of iam:GetAccountAuthorizationDetails into {@link IamAuthorizationFacts}, with
 * every policy document decoded (IAM returns them URL-encoded JSON).
 */
import type { GetAccountAuthorizationDetailsCommandOutput } from "@aws-sdk/client-iam";
import type { AttachedPolicy, IamAuthorizationFacts, InlinePolicy, PolicyDocument } from "./snapshot";

/** One page as the SDK returns it. */
export type AuthorizationDetailsPage = Pick<
  GetAccountAuthorizationDetailsCommandOutput,
  "UserDetailList" | "GroupDetailList" | "RoleDetailList" | "Policies"
>;

/** URL-decoded, parsed JSON; the text itself when it is not JSON (so nothing is lost). */
export function decodePolicyDocument(encoded: string | undefined): PolicyDocument {
  if (encoded === undefined) return undefined;
  let decoded = encoded;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    // Not URL-encoded (some AWS-compatible endpoints send plain JSON).
  }
  try {
    return JSON.parse(decoded) as unknown;
  } catch {
    return decoded;
  }
}

function inline(list: Array<{ PolicyName?: string | undefined; PolicyDocument?: string | undefined }> | undefined): InlinePolicy[] {
  return (list ?? []).map((p) => ({ name: p.PolicyName ?? "", document: decodePolicyDocument(p.PolicyDocument) }));
}

function attached(list: Array<{ PolicyName?: string | undefined; PolicyArn?: string | undefined }> | undefined): AttachedPolicy[] {
  return (list ?? [])
    .filter((p) => p.PolicyArn !== undefined)
    .map((p) => ({ arn: p.PolicyArn as string, ...(p.PolicyName !== undefined && { name: p.PolicyName }) }));
}

/** All pages → one facts object. */
export function parseAuthorizationDetails(pages: readonly AuthorizationDetailsPage[]): IamAuthorizationFacts {
  const facts: IamAuthorizationFacts = { users: [], groups: [], roles: [], managedPolicies: [] };
  for (const page of pages) {
    for (const u of page.UserDetailList ?? []) {
      const boundary = u.PermissionsBoundary?.PermissionsBoundaryArn;
      facts.users.push({
        name: u.UserName ?? "",
        arn: u.Arn ?? "",
        ...(u.Path !== undefined && { path: u.Path }),
        groups: u.GroupList ?? [],
        inlinePolicies: inline(u.UserPolicyList),
        attachedPolicies: attached(u.AttachedManagedPolicies),
        ...(boundary !== undefined && { permissionsBoundaryArn: boundary }),
      });
    }
    for (const g of page.GroupDetailList ?? []) {
      facts.groups.push({
        name: g.GroupName ?? "",
        arn: g.Arn ?? "",
        ...(g.Path !== undefined && { path: g.Path }),
        inlinePolicies: inline(g.GroupPolicyList),
        attachedPolicies: attached(g.AttachedManagedPolicies),
      });
    }
    for (const r of page.RoleDetailList ?? []) {
      const boundary = r.PermissionsBoundary?.PermissionsBoundaryArn;
      const lastUsed = r.RoleLastUsed?.LastUsedDate?.toISOString();
      facts.roles.push({
        name: r.RoleName ?? "",
        arn: r.Arn ?? "",
        ...(r.Path !== undefined && { path: r.Path }),
        trustPolicy: decodePolicyDocument(r.AssumeRolePolicyDocument),
        inlinePolicies: inline(r.RolePolicyList),
        attachedPolicies: attached(r.AttachedManagedPolicies),
        ...(boundary !== undefined && { permissionsBoundaryArn: boundary }),
        ...(lastUsed !== undefined && { lastUsed }),
      });
    }
    for (const p of page.Policies ?? []) {
      const arn = p.Arn ?? "";
      const defaultVersion = (p.PolicyVersionList ?? []).find(
        (v) => v.IsDefaultVersion === true || v.VersionId === p.DefaultVersionId,
      );
      facts.managedPolicies.push({
        name: p.PolicyName ?? "",
        arn,
        awsManaged: /^arn:[^:]+:iam::aws:policy\//.test(arn),
        ...(p.AttachmentCount !== undefined && { attachmentCount: p.AttachmentCount }),
        ...(p.DefaultVersionId !== undefined && { defaultVersionId: p.DefaultVersionId }),
        document: decodePolicyDocument(defaultVersion?.Document),
      });
    }
  }
  return facts;
}
