// Unique ids for imported items. Pure: no DOM, no store. Taken ids live in a Set, so an id
// such as "__proto__" is just another string.
import { LIMITS } from "../core/schema";

/** Hands out ids unique within one kind of item, close to the wished-for one. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Marks an id as used without allocating it. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /**
   * The wished-for id if it is free and valid, else the same with "-2", "-3"…; an empty
   * wish becomes `fallback`. Ids are cut to the format's length limit.
   */
  allocate(wish: string, fallback = "item"): string {
    const base = (wish.trim() === "" ? fallback : wish).slice(0, LIMITS.idLength - 8);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A readable id from a name: "Participant Rachel" → "participant-rachel". */
export function slug(name: string, fallback = "item"): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || fallback;
}
