/**
 * Encoders for the AWS wire protocols the fake endpoint speaks, built from the shapes in the AWS API
 * references: awsJson1_0 / awsJson1_1 (Cloud Control, CloudTrail, Config), awsQuery (IAM, STS),
 * ec2Query (EC2), restXml (S3 Control) and restJson1 (GuardDuty, Access Analyzer).
 */
import type { ServerResponse } from "node:http";

/** The protocol family of a service, which decides how bodies and errors are encoded. */
export type Protocol = "json1.0" | "json1.1" | "query" | "ec2" | "rest-xml" | "rest-json";

let requestCounter = 0;

/** A fresh request id, as every AWS response carries one. */
export function requestId(): string {
  requestCounter++;
  return `00000000-0000-4000-8000-${String(requestCounter).padStart(12, "0")}`;
}

/** XML text escaping. */
export function esc(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * awsQuery XML for a structure: objects become nested elements, arrays become <member> lists,
 * scalars become text. Keys are the shape's member names (PascalCase in IAM).
 */
export function queryXml(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => `<member>${queryXml(item)}</member>`).join("");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${queryXml(v)}</${k}>`)
      .join("");
  }
  return esc(String(value));
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    "x-amzn-requestid": requestId(),
    ...headers,
  });
  res.end(body);
}

/** A successful awsJson response. */
export function jsonOk(res: ServerResponse, protocol: "json1.0" | "json1.1" | "rest-json", body: unknown): void {
  const type = protocol === "rest-json" ? "application/json" : `application/x-amz-json-${protocol.slice(4)}`;
  send(res, 200, type, JSON.stringify(body));
}

/** A successful awsQuery response: <ActionResponse><ActionResult>…</ActionResult>…. */
export function queryOk(res: ServerResponse, action: string, namespace: string, resultXml: string): void {
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${namespace}">` +
    `<${action}Result>${resultXml}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`;
  send(res, 200, "text/xml", body);
}

/** A successful ec2Query response: no Result wrapper, lowerCamel members, <item> lists. */
export function ec2Ok(res: ServerResponse, action: string, innerXml: string): void {
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">` +
    `<requestId>${requestId()}</requestId>${innerXml}</${action}Response>`;
  send(res, 200, "text/xml;charset=UTF-8", body);
}

/** A successful restXml response body. */
export function restXmlOk(res: ServerResponse, rootXml: string): void {
  send(res, 200, "application/xml", `<?xml version="1.0" encoding="UTF-8"?>\n${rootXml}`);
}

/** An error in the protocol's own shape. */
export function sendError(res: ServerResponse, protocol: Protocol, status: number, code: string, message: string): void {
  switch (protocol) {
    case "json1.0":
    case "json1.1":
      send(res, status, `application/x-amz-json-${protocol.slice(4)}`, JSON.stringify({ __type: code, message }), {
        "x-amzn-errortype": code,
      });
      return;
    case "rest-json":
      send(res, status, "application/json", JSON.stringify({ message }), { "x-amzn-errortype": code });
      return;
    case "query":
      send(
        res,
        status,
        "text/xml",
        `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>` +
          `<Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`,
      );
      return;
    case "ec2":
      send(
        res,
        status,
        "text/xml;charset=UTF-8",
        `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${esc(code)}</Code>` +
          `<Message>${esc(message)}</Message></Error></Errors><RequestID>${requestId()}</RequestID></Response>`,
      );
      return;
    case "rest-xml":
      send(
        res,
        status,
        "application/xml",
        `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Code>${esc(code)}</Code>` +
          `<Message>${esc(message)}</Message></Error><RequestId>${requestId()}</RequestId><HostId>fake</HostId></ErrorResponse>`,
      );
      return;
  }
}

/** How each protocol says "access denied" and "slow down" (code and HTTP status). */
export const ACCESS_DENIED: Record<Protocol, { code: string; status: number }> = {
  "json1.0": { code: "AccessDeniedException", status: 400 },
  "json1.1": { code: "AccessDeniedException", status: 400 },
  query: { code: "AccessDenied", status: 403 },
  ec2: { code: "UnauthorizedOperation", status: 403 },
  "rest-xml": { code: "AccessDenied", status: 403 },
  "rest-json": { code: "AccessDeniedException", status: 403 },
};

export const THROTTLED: Record<Protocol, { code: string; status: number }> = {
  "json1.0": { code: "ThrottlingException", status: 400 },
  "json1.1": { code: "ThrottlingException", status: 400 },
  query: { code: "Throttling", status: 400 },
  ec2: { code: "RequestLimitExceeded", status: 503 },
  "rest-xml": { code: "SlowDown", status: 503 },
  "rest-json": { code: "TooManyRequestsException", status: 429 },
};
