import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseCredentialReport } from "../../server/src/account/credential-report";
import { collectAccount } from "../../server/src/account/collect";
import { AccountScanError, CallTimeoutError, ScanCancelledError, classifyError } from "../../server/src/account/errors";
import { decodePolicyDocument, parseAuthorizationDetails } from "../../server/src/account/iam-details";
import { ReadOnlyViolationError } from "../../server/src/account/read-only-guard";
import { parseRegions } from "../../server/src/account/regions";
import { DEFAULT_RESOURCE_TYPES, resourceArn } from "../../server/src/account/resource-types";

describe("credential report parsing", () => {
  test("maps N/A, not_supported and no_information to absent", () => {
    const csv = [
      "user,arn,user_creation_time,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date",
      "<root_account>,arn:aws:iam::1:root,2020-01-01T00:00:00+00:00,not_supported,no_information,true,false,N/A,N/A,false,N/A,N/A",
      "carol,arn:aws:iam::1:user/carol,2021-01-01T00:00:00+00:00,true,N/A,false,true,2021-01-01T00:00:00+00:00,N/A,false,N/A,N/A",
      "broken,row",
      "",
    ].join("\r\n");
    assert.deepEqual(parseCredentialReport(csv), [
      {
        user: "<root_account>",
        arn: "arn:aws:iam::1:root",
        isRoot: true,
        mfaActive: true,
        accessKeys: [{ active: false }, { active: false }],
        userCreationTime: "2020-01-01T00:00:00+00:00",
      },
      {
        user: "carol",
        arn: "arn:aws:iam::1:user/carol",
        isRoot: false,
        passwordEnabled: true,
        mfaActive: false,
        accessKeys: [{ active: true, lastRotated: "2021-01-01T00:00:00+00:00" }, { active: false }],
        userCreationTime: "2021-01-01T00:00:00+00:00",
      },
    ]);
  });

  test("an empty report has no users", () => {
    assert.deepEqual(parseCredentialReport(""), []);
  });
});

describe("IAM policy documents", () => {
  test("URL-encoded JSON, plain JSON, and non-JSON text", () => {
    const doc = { Version: "2012-10-17", Statement: [] };
    assert.deepEqual(decodePolicyDocument(encodeURIComponent(JSON.stringify(doc))), doc);
    assert.deepEqual(decodePolicyDocument(JSON.stringify(doc)), doc);
    assert.equal(decodePolicyDocument("%E0%A4%A"), "%E0%A4%A");
    assert.equal(decodePolicyDocument(undefined), undefined);
  });

  test("pages are merged", () => {
    const facts = parseAuthorizationDetails([
      { RoleDetailList: [{ RoleName: "a", Arn: "arn:aws:iam::1:role/a", AssumeRolePolicyDocument: "%7B%7D" }] },
      { RoleDetailList: [{ RoleName: "b", Arn: "arn:aws:iam::1:role/b" }] },
    ]);
    assert.deepEqual(facts.roles.map((r) => [r.name, r.trustPolicy]), [
      ["a", {}],
      ["b", undefined],
    ]);
  });
});

describe("error classification", () => {
  const sdkError = (name: string, status: number): Error =>
    Object.assign(new Error("message"), { name, $metadata: { httpStatusCode: status } });

  test("kinds", () => {
    assert.equal(classifyError(sdkError("AccessDeniedException", 400)).kind, "access-denied");
    assert.equal(classifyError(sdkError("UnauthorizedOperation", 403)).kind, "access-denied");
    assert.equal(classifyError(sdkError("SomethingNew", 403)).kind, "access-denied");
    assert.equal(classifyError(sdkError("ThrottlingException", 400)).kind, "throttled");
    assert.equal(classifyError(sdkError("UnsupportedActionException", 400)).kind, "unsupported");
    assert.equal(classifyError(sdkError("UnrecognizedClientException", 400)).kind, "region-unavailable");
    assert.equal(classifyError(new CallTimeoutError(5)).kind, "timeout");
    assert.equal(classifyError(new ScanCancelledError()).kind, "cancelled");
    assert.equal(classifyError(new ReadOnlyViolationError("IAMClient", "CreateUser")).kind, "read-only-guard");
    assert.equal(classifyError(sdkError("InternalFailure", 500)).kind, "error");
  });

  test("reasons are one shortened line", () => {
    const reason = classifyError(Object.assign(new Error(`line one\nline two ${"x".repeat(500)}`), { name: "AccessDenied" })).reason;
    assert.ok(reason.startsWith("AccessDenied: line one line two"));
    assert.ok(reason.length <= 300);
  });
});

describe("resource types", () => {
  test("type names are unique and well formed", () => {
    const names = DEFAULT_RESOURCE_TYPES.map((t) => t.typeName);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.match(name, /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
  });

  test("ARN from a property, else from the template", () => {
    const where = { partition: "aws", region: "eu-west-1", accountId: "1" };
    assert.equal(resourceArn({ typeName: "T", scope: "regional", arnProperty: "Arn" }, "id", { Arn: "arn:aws:x" }, where), "arn:aws:x");
    assert.equal(
      resourceArn({ typeName: "T", scope: "regional", arnProperty: "Arn", arnTemplate: "arn:{partition}:ec2:{region}:{account}:volume/{id}" }, "vol-1", {}, where),
      "arn:aws:ec2:eu-west-1:1:volume/vol-1",
    );
    assert.equal(resourceArn({ typeName: "T", scope: "regional" }, "id", {}, where), undefined);
  });
});

describe("region arguments", () => {
  test("a list, all, or nothing", () => {
    assert.deepEqual(parseRegions("us-east-1, eu-west-1,us-east-1"), ["us-east-1", "eu-west-1"]);
    assert.equal(parseRegions("ALL"), "all");
    assert.equal(parseRegions("  "), undefined);
    assert.equal(parseRegions(undefined), undefined);
    assert.deepEqual(parseRegions("us-gov-west-1,cn-north-1,eu-central-2"), ["us-gov-west-1", "cn-north-1", "eu-central-2"]);
  });

  test("malformed names are refused before any client exists", async () => {
    assert.throws(() => parseRegions("us-east-1,evil.example.com"), /Not an AWS region name: evil\.example\.com/);
    await assert.rejects(
      collectAccount({ regions: ["us-east-1", "x/y"] }),
      (error: unknown) => error instanceof AccountScanError && /x\/y/.test(error.message),
    );
  });
});
