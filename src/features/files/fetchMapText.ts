// Fetches a map file from a URL, refusing oversized responses before reading them whole.
import { LIMITS } from "../../model/core/schema";
import { parseMap } from "../../model/format/loadMap";
import type { LoadResult } from "../../model/core/types";

/** Loads `?map=<url>`: every failure, network or format, comes back as problems. */
export async function loadMapFromUrl(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
  const where = `map URL ${url}`;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: where,
          message: `could not be fetched (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      problems: [
        { path: where, message: `answered ${response.status} ${response.statusText}`.trim() },
      ],
    };
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > LIMITS.fileBytes) {
    return {
      ok: false,
      problems: [
        { path: where, message: `is larger than the ${LIMITS.fileBytes / 1024 / 1024} MB limit` },
      ],
    };
  }
  const text = await response.text();
  return parseMap(text);
}
