// Checks for WCAG criteria that axe-core cannot judge alone, run inside the page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Loads axe-core into the page (evaluate is not bound by the page's CSP, a script tag would be). */
async function withAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axeSource);
}

export interface LabelInName {
  /** How many controls with visible text were compared. */
  checked: number;
  /** Each control whose accessible name lacks its visible text: role, name and text. */
  mismatches: string[];
}

/**
 * WCAG 2.5.3 Label in Name: every visible button, link, checkbox, radio, option, tab or menu
 * item has an accessible name (as axe-core computes it) that contains the text it shows,
 * compared case-insensitively on letters and digits only, so symbols (×, +, −, …) and
 * punctuation do not count. A checkbox or radio shows the text of its label, without the text
 * of other controls inside the label. Controls behind a modal dialog are out of reach, and
 * skipped.
 */
export async function labelInName(page: Page): Promise<LabelInName> {
  await withAxe(page);
  return page.evaluate(() => {
    interface Axe {
      setup(node: Node): unknown;
      teardown(): void;
      utils: { getNodeFromTree(node: Node): unknown };
      commons: {
        aria: { getRole(node: unknown): string | null };
        text: { accessibleTextVirtual(vNode: unknown): string };
      };
    }
    const axe = (window as unknown as { axe: Axe }).axe;
    const ROLES = new Set([
      "button",
      "link",
      "checkbox",
      "radio",
      "option",
      "tab",
      "switch",
      "menuitem",
      "menuitemcheckbox",
      "menuitemradio",
    ]);
    const CONTROLS = "button, a[href], input, select, textarea, [role='button'], [role='link']";
    const hiddenBy = (element: Element): boolean => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === "none" || style.visibility === "hidden") return true;
        if (style.clipPath === "inset(50%)") return true;
        const box = e.getBoundingClientRect();
        if (style.overflow !== "visible" && (box.width <= 1 || box.height <= 1)) return true;
      }
      return false;
    };
    const shown = (root: Element, skip?: Element): string => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || !n.textContent?.trim()) continue;
        const control = parent.closest(CONTROLS);
        if (skip && control && control !== skip && root.contains(control)) continue;
        if (!hiddenBy(parent)) parts.push(n.textContent);
      }
      return parts.join(" ");
    };
    const fold = (s: string) =>
      s
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const modal = document.querySelector("dialog:modal");
    axe.setup(document);
    try {
      let checked = 0;
      const mismatches: string[] = [];
      for (const element of document.body.querySelectorAll("*")) {
        if (modal && !modal.contains(element)) continue;
        if (element.closest("[inert]")) continue;
        const vNode = axe.utils.getNodeFromTree(element);
        const role = vNode ? axe.commons.aria.getRole(vNode) : null;
        if (!role || !ROLES.has(role)) continue;
        if (element.getClientRects().length === 0 || hiddenBy(element)) continue;
        const labels =
          element instanceof HTMLInputElement && element.labels ? [...element.labels] : [];
        const text = fold(
          labels.length > 0 ? labels.map((l) => shown(l, element)).join(" ") : shown(element),
        );
        if (text === "") continue;
        checked++;
        const name = axe.commons.text.accessibleTextVirtual(vNode);
        if (!fold(name).includes(text)) mismatches.push(`${role} named “${name}” shows “${text}”`);
      }
      return { checked, mismatches };
    } finally {
      axe.teardown();
    }
  });
}

/** Colour arithmetic for the checks below, installed in the page as `window.__wcag`. */
interface ColourTools {
  /** An RGBA colour (0–255, alpha 0–1) from a computed CSS colour. */
  parse(css: string): [number, number, number, number];
  /** `top` drawn over the opaque `bottom`, with `top`'s alpha times `alpha`. */
  over(
    top: [number, number, number, number],
    bottom: [number, number, number, number],
    alpha?: number,
  ): [number, number, number, number];
  contrast(a: [number, number, number, number], b: [number, number, number, number]): number;
  /**
   * What the element's text colour and the colour behind it come to on screen: every
   * ancestor's background painted in order, and every ancestor's opacity applied as a group.
   */
  painted(element: Element, colour: string): { fg: number[]; bg: number[] };
}

async function withColourTools(page: Page): Promise<void> {
  // Colours are read once every transition under way (a filter fading a card, say) has ended.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.evaluate(() => {
    if ("__wcag" in window) return;
    type RGBA = [number, number, number, number];
    const parse = (css: string): RGBA => {
      const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(css);
      if (srgb)
        return [
          Number(srgb[1]) * 255,
          Number(srgb[2]) * 255,
          Number(srgb[3]) * 255,
          srgb[4] === undefined ? 1 : Number(srgb[4]),
        ];
      const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(css);
      if (!rgb) throw new Error(`cannot read the colour ${css}`);
      return [
        Number(rgb[1]),
        Number(rgb[2]),
        Number(rgb[3]),
        rgb[4] === undefined ? 1 : Number(rgb[4]),
      ];
    };
    const over = (top: RGBA, bottom: RGBA, alpha = 1): RGBA => {
      const a = top[3] * alpha;
      return [
        top[0] * a + bottom[0] * (1 - a),
        top[1] * a + bottom[1] * (1 - a),
        top[2] * a + bottom[2] * (1 - a),
        1,
      ];
    };
    const luminance = ([r, g, b]: RGBA) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const painted = (element: Element, colour: string) => {
      const chain: Element[] = [];
      for (let e: Element | null = element; e; e = e.parentElement) chain.unshift(e);
      let backdrop: RGBA = [255, 255, 255, 1];
      const groups: { opacity: number; under: RGBA }[] = [];
      for (const e of chain) {
        const style = getComputedStyle(e);
        const opacity = Number(style.opacity);
        if (opacity < 1) groups.push({ opacity, under: backdrop });
        backdrop = over(parse(style.backgroundColor), backdrop);
      }
      let fg = over(parse(colour), backdrop);
      let bg = backdrop;
      for (const group of groups.reverse()) {
        fg = over(fg, group.under, group.opacity);
        bg = over(bg, group.under, group.opacity);
      }
      return { fg, bg };
    };
    (window as unknown as { __wcag: unknown }).__wcag = { parse, over, contrast, painted };
  });
}

export interface ContrastReport {
  checked: number;
  /** The lowest contrast found, and where. */
  worst: { ratio: number; where: string };
}

/**
 * The contrast of the words on dimmed claims (cards on the map, items in the outline), from
 * their computed colours, the backgrounds behind them and every opacity on the way.
 */
export async function dimmedTextContrast(page: Page): Promise<ContrastReport> {
  await withColourTools(page);
  return page.evaluate(() => {
    const tools = (window as unknown as { __wcag: ColourTools }).__wcag;
    let checked = 0;
    let worst = { ratio: Infinity, where: "" };
    const roots = document.querySelectorAll(
      ".react-flow__node.is-dimmed .claim-card, .outline li.is-dimmed",
    );
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || !n.textContent?.trim()) continue;
        if (parent.closest(".visually-hidden, [aria-hidden='true'] svg")) continue;
        if (parent.getClientRects().length === 0) continue;
        const { fg, bg } = tools.painted(parent, getComputedStyle(parent).color);
        const ratio = tools.contrast(fg as never, bg as never);
        checked++;
        if (ratio < worst.ratio)
          worst = {
            ratio,
            where: `“${n.textContent.trim().slice(0, 40)}” in ${parent.className || parent.tagName}`,
          };
      }
    }
    return { checked, worst };
  });
}

/**
 * The contrast of every drawn link's line against the canvas and against a topic region's
 * fill (links cross both), from the computed stroke and every opacity on the way.
 */
export async function relationLineContrast(page: Page): Promise<ContrastReport> {
  await withColourTools(page);
  return page.evaluate(() => {
    const tools = (window as unknown as { __wcag: ColourTools }).__wcag;
    const canvas = tools.parse(
      getComputedStyle(document.querySelector(".map-canvas")!).backgroundColor,
    );
    const region = document.querySelector(".topic-region");
    const behind = [canvas];
    if (region)
      behind.push(tools.over(tools.parse(getComputedStyle(region).backgroundColor), canvas));
    let checked = 0;
    let worst = { ratio: Infinity, where: "" };
    for (const path of document.querySelectorAll<SVGPathElement>(
      ".react-flow__edge .relation-edge",
    )) {
      if (path.getClientRects().length === 0) continue;
      let opacity = 1;
      for (let e: Element | null = path; e; e = e.parentElement)
        opacity *= Number(getComputedStyle(e).opacity);
      const stroke = tools.parse(getComputedStyle(path).stroke);
      for (const bg of behind) {
        const ratio = tools.contrast(tools.over(stroke, bg, opacity), bg);
        checked++;
        if (ratio < worst.ratio)
          worst = {
            ratio,
            where: `${path.closest(".react-flow__edge")?.getAttribute("data-id")} (${path.getAttribute("class")})`,
          };
      }
    }
    return { checked, worst };
  });
}

/**
 * The focused element's focus ring: its outline's width, and its contrast against what lies
 * just outside the element (the outline is drawn there, at its offset).
 */
export async function focusRing(
  page: Page,
): Promise<{ width: number; ratio: number; what: string }> {
  await withColourTools(page);
  return page.evaluate(() => {
    const tools = (window as unknown as { __wcag: ColourTools }).__wcag;
    const focused = document.activeElement;
    if (!focused || focused === document.body) throw new Error("nothing has focus");
    const style = getComputedStyle(focused);
    const width = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth);
    const ring = tools.parse(style.outlineColor);
    // Behind the ring: the parent's painted background.
    const { bg } = tools.painted(focused.parentElement ?? focused, "rgb(0, 0, 0)");
    return {
      width,
      ratio: tools.contrast(tools.over(ring, bg as never), bg as never),
      what: `${focused.tagName} ${focused.getAttribute("aria-label") ?? focused.textContent?.slice(0, 30)}`,
    };
  });
}

/**
 * WCAG 2.5.8 Target Size (Minimum): every control a pointer can hit is at least 24 × 24 CSS px.
 * A checkbox or radio inside a label counts with its label (a click on either toggles it).
 * The criterion's own exceptions are applied, and named: Spacing (a 24 px circle centred on a
 * smaller target touches no other target, nor another small target's circle), Inline (a link
 * or quote inside a sentence), Equivalent (React Flow's connection handles: "Supports…" and
 * "Disputes…" in the details do the same at full size), and Essential with Equivalent for
 * claim cards on the canvas (where a card stands carries the map's structure, its size
 * follows the zoom the user picks, and every card is also a full-size button in the
 * Outline). Controls behind a modal dialog, and those not shown, are skipped.
 */
export async function smallTargets(page: Page): Promise<{ checked: number; small: string[] }> {
  return page.evaluate(() => {
    const CONTROLS =
      "button, a[href], input:not([type='hidden']), select, textarea, summary, [role='button'], [role='option'], [role='checkbox'], [role='radio'], [role='tab'], [role='menuitem']";
    const modal = document.querySelector("dialog:modal");
    const hidden = (element: Element): boolean => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === "none" || style.visibility === "hidden") return true;
        if (style.clipPath === "inset(50%)" || Number(style.opacity) === 0) return true;
      }
      return false;
    };
    // Inline: a control that sits in a run of text (a sentence), not on its own.
    const inline = (element: Element) =>
      getComputedStyle(element).display === "inline" &&
      element.parentElement !== null &&
      [...element.parentElement.childNodes].some(
        (n) => n !== element && n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
    const targets: { element: Element; box: DOMRect }[] = [];
    for (const element of document.body.querySelectorAll(CONTROLS)) {
      if (modal && !modal.contains(element)) continue;
      if (element.closest("[inert]") || element.getClientRects().length === 0) continue;
      if (hidden(element)) continue;
      if (element.matches(".react-flow__handle, .react-flow__node")) continue;
      if (element.matches("mark.source-quote") || inline(element)) continue;
      const label =
        element instanceof HTMLInputElement && ["checkbox", "radio"].includes(element.type)
          ? element.closest("label")
          : null;
      targets.push({ element, box: (label ?? element).getBoundingClientRect() });
    }
    const undersized = (box: DOMRect) => box.width < 24 - 0.01 || box.height < 24 - 0.01;
    const centre = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const distanceToBox = (p: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(
        Math.max(box.left - p.x, 0, p.x - box.right),
        Math.max(box.top - p.y, 0, p.y - box.bottom),
      );
    const small: string[] = [];
    for (const target of targets) {
      if (!undersized(target.box)) continue;
      const c = centre(target.box);
      const crowded = targets.some((other) => {
        if (other === target || other.box === target.box) return false;
        if (other.element.contains(target.element) || target.element.contains(other.element))
          return false;
        if (distanceToBox(c, other.box) < 12) return true;
        if (!undersized(other.box)) return false;
        const o = centre(other.box);
        return Math.hypot(c.x - o.x, c.y - o.y) < 24;
      });
      if (!crowded) continue;
      const { element, box } = target;
      const label = element instanceof HTMLInputElement ? element.labels?.[0] : undefined;
      const name =
        element.getAttribute("aria-label") ?? (label ?? element).textContent?.trim() ?? "";
      small.push(
        `${element.tagName.toLowerCase()}${typeof element.className === "string" && element.className ? `.${element.className.split(" ")[0]}` : ""} “${name.slice(0, 40)}”: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`,
      );
    }
    return { checked: targets.length, small };
  });
}

/** Marks the polite live regions in the page now, to tell them later from regions added since. */
export async function markLiveRegions(page: Page): Promise<number> {
  return page.evaluate(() => {
    const regions = document.querySelectorAll("[role='status'], [aria-live='polite']");
    for (const region of regions) region.setAttribute("data-live-before", "");
    return regions.length;
  });
}

/**
 * Whether a polite live region that was already in the page (marked by `markLiveRegions`)
 * now says `text`: what a screen reader announces (WCAG 4.1.3 Status Messages).
 */
export async function announced(page: Page, text: string): Promise<boolean> {
  return page.evaluate((text) => {
    const squash = (s: string) => s.replace(/\s+/g, " ").trim();
    return [...document.querySelectorAll("[data-live-before]")].some(
      (region) =>
        region.getAttribute("aria-live") !== "assertive" &&
        region.getAttribute("aria-live") !== "off" &&
        squash(region.textContent ?? "").includes(text),
    );
  }, text);
}

/**
 * WCAG 1.4.10 Reflow: what sticks out of the window sideways, or scrolls sideways inside it.
 * The map's own content is exempt (it pans in two directions by nature), and so is the speaker
 * matrix's table (a data table, the criterion's own exception). Each finding names the element
 * and by how much it overflows.
 */
export async function sidewaysOverflow(page: Page): Promise<{ checked: number; found: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const exempt = ".react-flow__viewport, .react-flow__renderer, .matrix__scroll";
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).join(".")}` : ""} “${(e.textContent ?? "").trim().slice(0, 30)}”`;
    const found: string[] = [];
    let checked = 0;
    const modal = document.querySelector("dialog:modal");
    for (const element of document.body.querySelectorAll("*")) {
      if (element.closest(exempt) || element.closest("svg")) continue;
      if (modal && !modal.contains(element)) continue;
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden") continue;
      if (element.closest(".visually-hidden, .skip-links")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      checked++;
      if (box.left < -1 || box.right > width + 1)
        found.push(
          `${describe(element)} spans ${Math.round(box.left)}…${Math.round(box.right)} px`,
        );
      // A scroller that scrolls sideways means two-way scrolling.
      if (
        /auto|scroll/.test(style.overflowX) &&
        element.scrollWidth > element.clientWidth + 1 &&
        element.clientHeight > 0
      )
        found.push(
          `${describe(element)} scrolls sideways (${element.scrollWidth} in ${element.clientWidth} px)`,
        );
    }
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    return { checked, found };
  });
}

/** WCAG 1.4.12's spacing, as its understanding document's test sets it, on every element. */
export const TEXT_SPACING_CSS = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

/** Applies WCAG 1.4.12's spacing to the page, as a user's style sheet would (the CSP allows it). */
export async function spaceText(page: Page): Promise<void> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING_CSS);
}

/**
 * Text cut off under WCAG 1.4.12's spacing: elements holding text of their own that clip it
 * (overflow hidden or clip, or an ellipsis) and whose text no longer fits. The map's cards are
 * left out: they are measured for their text and drawn at the map's zoom (their full text is
 * in the details and the outline).
 */
export async function clippedText(page: Page): Promise<{ checked: number; found: string[] }> {
  return page.evaluate(() => {
    const found: string[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.closest(".react-flow__viewport, .react-flow__minimap, svg")) continue;
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "",
      );
      if (!own) continue;
      const box = el.getBoundingClientRect();
      // Hidden until focused, or for screen readers only: not seen, so not cut.
      if (box.width <= 1 || box.height <= 1 || box.bottom <= 0 || box.right <= 0) continue;
      if (el.closest(".visually-hidden, .skip-links")) continue;
      checked++;
      const style = getComputedStyle(el);
      const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
      const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (clips && cut)
        found.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.trim().slice(0, 60)}`,
        );
    }
    return { checked, found };
  });
}
