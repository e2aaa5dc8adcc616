/**
 * A loopback fake AWS endpoint for the account-scan tests. It speaks the real wire protocols, so
 * the real SDK clients (pointed at it through the endpoint override) serialize, sign, parse and
 * retry exactly as against AWS. It routes by the SigV4 credential scope (service and region),
 * records every request it receives (never the Authorization header), and injects faults.
 *
 * Binds 127.0.0.1 on an ephemeral port; `close()` ends hanging requests and the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Fault, Scenario } from "./scenario";
import {
  ACCESS_DENIED,
  THROTTLED,
  ec2Ok,
  esc,
  jsonOk,
  queryOk,
  queryXml,
  restXmlOk,
  sendError,
  type Protocol,
} from "./wire";

/** One request as the fake saw it. */
export interface RecordedRequest {
  service: string;
  region: string;
  operation: string;
  method: string;
  path: string;
  /** Cloud Control TypeName, when there is one. */
  typeName?: string;
}

/** A running fake. */
export interface FakeAws {
  url: string;
  requests: RecordedRequest[];
  /** Called for every recorded request (after recording, before answering). */
  onRequest?: (request: RecordedRequest) => void;
  close(): Promise<void>;
}

/** Safety net: a test that loops forever against the fake fails instead of hanging CI. */
const MAX_REQUESTS = 5000;

const PROTOCOL: Record<string, Protocol> = {
  cloudcontrolapi: "json1.0",
  cloudtrail: "json1.1",
  config: "json1.1",
  iam: "query",
  sts: "query",
  ec2: "ec2",
  s3: "rest-xml",
  guardduty: "rest-json",
  "access-analyzer": "rest-json",
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Service and region from `Credential=AKID/date/region/service/aws4_request`. */
function scope(req: IncomingMessage): { service: string; region: string } {
  const auth = req.headers.authorization ?? "";
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  return { region: match?.[1] ?? "unsigned", service: match?.[2] ?? "unsigned" };
}

function operationOf(service: string, method: string, path: string, target: string | undefined, form: URLSearchParams): string {
  if (target !== undefined) return target.split(".").pop() ?? target;
  const action = form.get("Action");
  if (action !== null) return action;
  if (service === "s3" && path.startsWith("/v20180820/configuration/publicAccessBlock")) {
    return method === "GET" ? "GetPublicAccessBlock" : method === "PUT" ? "PutPublicAccessBlock" : "DeletePublicAccessBlock";
  }
  if (service === "guardduty" && /^\/detector\/?$/.test(path)) return method === "GET" ? "ListDetectors" : "CreateDetector";
  if (service === "guardduty" && /^\/detector\/[^/]+$/.test(path)) return method === "GET" ? "GetDetector" : "UpdateDetector";
  if (service === "access-analyzer" && /^\/analyzer\/?$/.test(path)) return method === "GET" ? "ListAnalyzers" : "CreateAnalyzer";
  return `${method} ${path}`;
}

function page<T>(items: readonly T[], token: string | null | undefined, size: number): { items: T[]; next?: string } {
  const start = token ? Number.parseInt(Buffer.from(token, "base64").toString("utf8"), 10) || 0 : 0;
  const end = start + size;
  const result: { items: T[]; next?: string } = { items: items.slice(start, end) };
  if (end < items.length) result.next = Buffer.from(String(end)).toString("base64");
  return result;
}

/** Start the fake with `scenario` (faults are consumed as they fire). */
export async function startFakeAws(scenario: Scenario): Promise<FakeAws> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const generateCalls = { count: 0 };

  const fake: FakeAws = {
    url: "",
    requests,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const takeFault = (r: RecordedRequest): Fault | undefined => {
    const fault = scenario.faults.find(
      (f) =>
        f.service === r.service &&
        (f.operation === undefined || f.operation === r.operation) &&
        (f.region === undefined || f.region === r.region) &&
        (f.typeName === undefined || f.typeName === r.typeName) &&
        (f.times === undefined || f.times > 0),
    );
    if (fault?.times !== undefined) fault.times--;
    return fault;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const { service, region } = scope(req);
    const protocol = PROTOCOL[service] ?? "json1.0";
    const target = typeof req.headers["x-amz-target"] === "string" ? req.headers["x-amz-target"] : undefined;
    const form = new URLSearchParams(protocol === "query" || protocol === "ec2" ? body : "");
    const json: Record<string, unknown> =
      (protocol === "json1.0" || protocol === "json1.1") && body !== "" ? (JSON.parse(body) as Record<string, unknown>) : {};
    const operation = operationOf(service, req.method ?? "GET", url.pathname, target, form);
    const recorded: RecordedRequest = { service, region, operation, method: req.method ?? "GET", path: url.pathname };
    if (typeof json.TypeName === "string") recorded.typeName = json.TypeName;
    requests.push(recorded);
    fake.onRequest?.(recorded);
    if (requests.length > MAX_REQUESTS) {
      sendError(res, protocol, 500, "InternalFailure", "fake AWS: request budget exceeded");
      return;
    }

    const fault = takeFault(recorded);
    if (fault?.kind === "hang") {
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    }
    if (fault?.kind === "throttle") {
      const t = THROTTLED[protocol];
      sendError(res, protocol, t.status, t.code, "Rate exceeded");
      return;
    }
    if (fault?.kind === "access-denied") {
      const d = ACCESS_DENIED[protocol];
      sendError(res, protocol, d.status, d.code, `User: ${scenario.callerArn} is not authorized to perform: ${service}:${operation}`);
      return;
    }
    if (fault?.kind === "unsupported") {
      sendError(res, protocol, 400, "UnsupportedActionException", `Resource type ${recorded.typeName ?? "?"} does not support LIST action`);
      return;
    }

    const key = `${service}:${operation}`;
    switch (key) {
      case "sts:GetCallerIdentity":
        queryOk(res, operation, "https://sts.amazonaws.com/doc/2011-06-15/",
          queryXml({ Arn: scenario.callerArn, UserId: "AIDAAUDITOR", Account: scenario.accountId }));
        return;

      case "cloudcontrolapi:ListResources": {
        const all = scenario.resources[region]?.[String(json.TypeName)] ?? [];
        const p = page(all, json.NextToken as string | undefined, scenario.pageSize);
        jsonOk(res, "json1.0", {
          TypeName: json.TypeName,
          // The list handler returns identifiers (and for most types only the primary identifier).
          ResourceDescriptions: p.items.map((r) => ({ Identifier: r.identifier, Properties: JSON.stringify({ Id: r.identifier }) })),
          ...(p.next !== undefined && { NextToken: p.next }),
        });
        return;
      }
      case "cloudcontrolapi:GetResource": {
        const found = (scenario.resources[region]?.[String(json.TypeName)] ?? []).find((r) => r.identifier === json.Identifier);
        if (found === undefined) {
          sendError(res, "json1.0", 400, "ResourceNotFoundException", `${String(json.Identifier)} not found`);
          return;
        }
        jsonOk(res, "json1.0", {
          TypeName: json.TypeName,
          ResourceDescription: { Identifier: found.identifier, Properties: JSON.stringify(found.properties) },
        });
        return;
      }

      case "iam:GetAccountSummary": {
        const entries = Object.entries(scenario.summary)
          .map(([k, v]) => `<entry><key>${esc(k)}</key><value>${v}</value></entry>`)
          .join("");
        queryOk(res, operation, "https://iam.amazonaws.com/doc/2010-05-08/", `<SummaryMap>${entries}</SummaryMap>`);
        return;
      }
      case "iam:GetAccountPasswordPolicy":
        if (scenario.passwordPolicy === null) {
          sendError(res, "query", 404, "NoSuchEntity", "The Password Policy with domain name 111122223333 cannot be found.");
          return;
        }
        queryOk(res, operation, "https://iam.amazonaws.com/doc/2010-05-08/", queryXml({ PasswordPolicy: scenario.passwordPolicy }));
        return;
      case "iam:GenerateCredentialReport": {
        generateCalls.count++;
        const complete = generateCalls.count > scenario.credentialReportPolls;
        queryOk(res, operation, "https://iam.amazonaws.com/doc/2010-05-08/",
          queryXml({ State: complete ? "COMPLETE" : "STARTED", Description: complete ? "" : "No report exists. Starting a new report generation task" }));
        return;
      }
      case "iam:GetCredentialReport":
        queryOk(res, operation, "https://iam.amazonaws.com/doc/2010-05-08/",
          queryXml({
            Content: Buffer.from(scenario.credentialReportCsv).toString("base64"),
            ReportFormat: "text/csv",
            GeneratedTime: "2026-11-22T08:00:00Z",
          }));
        return;
      case "iam:GetAccountAuthorizationDetails": {
        // Roles are paginated; the other lists come on the first page.
        const marker = form.get("Marker");
        const roles = page(scenario.authorization.RoleDetailList, marker, scenario.pageSize);
        const first = marker === null;
        queryOk(res, operation, "https://iam.amazonaws.com/doc/2010-05-08/",
          queryXml({
            UserDetailList: first ? scenario.authorization.UserDetailList : [],
            GroupDetailList: first ? scenario.authorization.GroupDetailList : [],
            RoleDetailList: roles.items,
            Policies: first ? scenario.authorization.Policies : [],
            IsTruncated: roles.next !== undefined,
            Marker: roles.next,
          }));
        return;
      }

      case "ec2:DescribeRegions": {
        const wanted: string[] = [];
        for (let i = 1; form.get(`Filter.1.Value.${i}`) !== null; i++) wanted.push(form.get(`Filter.1.Value.${i}`) as string);
        const regions = scenario.regions.filter(
          (r) => form.get("Filter.1.Name") !== "opt-in-status" || wanted.includes(r.optInStatus),
        );
        ec2Ok(res, operation, `<regionInfo>${regions
          .map((r) => `<item><regionName>${r.name}</regionName><regionEndpoint>ec2.${r.name}.amazonaws.com</regionEndpoint><optInStatus>${r.optInStatus}</optInStatus></item>`)
          .join("")}</regionInfo>`);
        return;
      }
      case "ec2:GetEbsEncryptionByDefault":
        ec2Ok(res, operation, `<ebsEncryptionByDefault>${scenario.ebsEncryptionByDefault[region] === true}</ebsEncryptionByDefault><sseType>sse-ebs</sseType>`);
        return;

      case "s3:GetPublicAccessBlock":
        if (req.headers["x-amz-account-id"] !== scenario.accountId) {
          sendError(res, "rest-xml", 400, "InvalidRequest", "missing or wrong x-amz-account-id");
          return;
        }
        if (scenario.publicAccessBlock === null) {
          sendError(res, "rest-xml", 404, "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found");
          return;
        }
        restXmlOk(res, `<PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">${queryXml(scenario.publicAccessBlock)}</PublicAccessBlockConfiguration>`);
        return;

      case "cloudtrail:DescribeTrails":
        jsonOk(res, "json1.1", { trailList: scenario.trails[region] ?? [] });
        return;
      case "cloudtrail:GetTrailStatus": {
        const logging = scenario.trailLogging[String(json.Name)];
        if (logging === undefined) {
          sendError(res, "json1.1", 400, "TrailNotFoundException", `Unknown trail: ${String(json.Name)}`);
          return;
        }
        jsonOk(res, "json1.1", { IsLogging: logging, LatestDeliveryTime: 1763798400 });
        return;
      }

      case "guardduty:ListDetectors": {
        const p = page((scenario.detectors[region] ?? []).map((d) => d.id), url.searchParams.get("nextToken"), scenario.pageSize);
        jsonOk(res, "rest-json", { detectorIds: p.items, ...(p.next !== undefined && { nextToken: p.next }) });
        return;
      }
      case "guardduty:GetDetector": {
        const id = url.pathname.split("/").pop();
        const detector = (scenario.detectors[region] ?? []).find((d) => d.id === id);
        if (detector === undefined) {
          sendError(res, "rest-json", 400, "BadRequestException", "The request is rejected because the input detectorId is not owned by the current account.");
          return;
        }
        jsonOk(res, "rest-json", { status: detector.status, serviceRole: "arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty", createdAt: "2024-01-01T00:00:00.000Z" });
        return;
      }

      case "config:DescribeConfigurationRecorders":
        jsonOk(res, "json1.1", {
          ConfigurationRecorders: (scenario.recorders[region] ?? []).map((r) => ({
            name: r.name,
            roleARN: `arn:aws:iam::${scenario.accountId}:role/config`,
            recordingGroup: { allSupported: r.allSupported, includeGlobalResourceTypes: true },
          })),
        });
        return;
      case "config:DescribeConfigurationRecorderStatus":
        jsonOk(res, "json1.1", {
          ConfigurationRecordersStatus: (scenario.recorders[region] ?? []).map((r) => ({ name: r.name, recording: r.recording, lastStatus: "SUCCESS" })),
        });
        return;

      case "access-analyzer:ListAnalyzers": {
        const p = page(scenario.analyzers[region] ?? [], url.searchParams.get("nextToken"), scenario.pageSize);
        jsonOk(res, "rest-json", {
          analyzers: p.items.map((a) => ({
            arn: `arn:aws:access-analyzer:${region}:${scenario.accountId}:analyzer/${a.name}`,
            name: a.name,
            type: a.type,
            status: a.status,
            createdAt: "2024-01-01T00:00:00Z",
          })),
          ...(p.next !== undefined && { nextToken: p.next }),
        });
        return;
      }

      default:
        sendError(res, protocol, 400, "InvalidAction", `fake AWS does not implement ${key}`);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
