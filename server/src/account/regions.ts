/**
 * Region arguments: "a,b", "all", or nothing. Names are checked before any client is built, so a
 * typo is a clear error instead of an SDK host-name failure.
 */

/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, us-isob-east-1 … */
export const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The regions asked for: a list, "all" (every enabled region), or undefined (the profile's). */
export type RegionSelection = readonly string[] | "all" | undefined;

/** Invalid names in `regions` (empty when all are well formed). */
export function invalidRegionNames(regions: readonly string[]): string[] {
  return regions.filter((region) => !REGION_NAME.test(region));
}

/**
 * Parse a CLI/setting value: "us-east-1,eu-west-1" → list, "all" → "all", "" or undefined →
 * undefined. Throws an Error naming the invalid entries.
 */
export function parseRegions(text: string | undefined): RegionSelection {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") return undefined;
  if (trimmed.toLowerCase() === "all") return "all";
  const regions = [...new Set(trimmed.split(",").map((r) => r.trim()).filter((r) => r !== ""))];
  const invalid = invalidRegionNames(regions);
  if (invalid.length > 0) throw new Error(`Not an AWS region name: ${invalid.join(", ")}`);
  return regions;
}
