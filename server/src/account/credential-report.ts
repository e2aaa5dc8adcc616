/**
 * Parsing the IAM credential report (CSV, one row per user plus `<root_account>`).
 * Column names are IAM's; values "N/A", "not_supported" and "no_information" mean "none".
 */
import type { CredentialReportKey, CredentialReportUser } from "./snapshot";

const NONE = new Set(["", "N/A", "not_supported", "no_information"]);

function text(row: Record<string, string>, column: string): string | undefined {
  const value = row[column];
  return value === undefined || NONE.has(value) ? undefined : value;
}

function flag(row: Record<string, string>, column: string): boolean | undefined {
  const value = text(row, column);
  return value === undefined ? undefined : value === "true";
}

function key(row: Record<string, string>, n: 1 | 2): CredentialReportKey {
  const lastRotated = text(row, `access_key_${n}_last_rotated`);
  const lastUsed = text(row, `access_key_${n}_last_used_date`);
  return {
    active: flag(row, `access_key_${n}_active`) === true,
    ...(lastRotated !== undefined && { lastRotated }),
    ...(lastUsed !== undefined && { lastUsed }),
  };
}

/** Rows of the report; lines that do not have the header's column count are skipped. */
export function parseCredentialReport(csv: string): CredentialReportUser[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = lines[0]?.split(",");
  if (header === undefined) return [];
  const users: CredentialReportUser[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    if (cells.length !== header.length) continue;
    const row: Record<string, string> = {};
    header.forEach((column, i) => (row[column] = cells[i] ?? ""));
    const user = row.user ?? "";
    const passwordEnabled = flag(row, "password_enabled");
    const passwordLastUsed = text(row, "password_last_used");
    const userCreationTime = text(row, "user_creation_time");
    users.push({
      user,
      arn: row.arn ?? "",
      isRoot: user === "<root_account>",
      ...(passwordEnabled !== undefined && { passwordEnabled }),
      ...(passwordLastUsed !== undefined && { passwordLastUsed }),
      mfaActive: flag(row, "mfa_active") === true,
      accessKeys: [key(row, 1), key(row, 2)],
      ...(userCreationTime !== undefined && { userCreationTime }),
    });
  }
  return users;
}
