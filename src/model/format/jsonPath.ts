// JSON paths for problem reports, such as `claims[7].speaker`. Pure: no DOM, no store.

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats path segments the way a reader of the file would point at a value.
 * @example formatPath(["claims", 7, "speaker"]) === "claims[7].speaker"
 * @example formatPath([]) === "(top level)"
 */
export function formatPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return "(top level)";
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Reads the value at a path, or undefined; never touches prototypes. */
export function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
