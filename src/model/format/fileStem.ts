// A file name from a map's title. Pure: no DOM, no store.

/** A file name from a map's title: "The South Korea–US alliance" → "the-south-korea-us-alliance". */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return stem || "argument-map";
}
