// Files in shared/, the folder beside the project that holds the article and real files in
// other tools' formats (some under licences that keep them out of this repository). Tests
// and benches read them from there, wherever the checkout sits: the folder is looked for
// beside the project and beside each folder above it.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where shared/ is when the checkout stands elsewhere (a clone in /tmp, say). */
const KNOWN_SHARED = [process.env.SHARED_DIR, "/work/shared"].filter(
  (d): d is string => typeof d === "string" && d !== "",
);

/**
 * The path of shared/<sub>: beside the project or a folder above it, else in $SHARED_DIR or
 * this workplace's /work/shared; undefined when none holds it.
 */
export function sharedDir(sub: string): string | undefined {
  let dir = PROJECT;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dirname(dir), "shared", sub);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const known of KNOWN_SHARED) if (existsSync(join(known, sub))) return join(known, sub);
  return undefined;
}

/** shared/interop/, where the real AIF, Argdown and OVA files are. */
export const INTEROP_DIR = sharedDir("interop");

/** Why tests of real files are skipped, when they are. */
export const NO_INTEROP =
  "shared/interop/ is not beside the project (nor beside a folder above it): the tests of real AIF and Argdown files are skipped";

/** A file of shared/interop/, as text. */
export function interopFixture(name: string): string {
  if (!INTEROP_DIR) throw new Error(NO_INTEROP);
  return readFileSync(join(INTEROP_DIR, name), "utf8");
}
