/**
 * What the Chromium and Firefox reader-hardening suites (hardening.e2e.test.ts, hardening-firefox.e2e.test.ts) do
 * alike on reader-attack.html: act as a person would over the open reader, read the host as the page sees it, and
 * compare the screenshots of the attacked page's reader with the calm page's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { NAME_SHIM } from './closed-shadow';
import { countColour, crop, decodePng, differingPixels, pixelAt } from './png-pixels';

export const ATTACK_PAGE = '/page/reader-attack.html';
export const HEADLINE = 'Harbour ferry returns after winter repairs';
/** Viewport and the part of it compared: the page's own scrollbar (its length depends on the page) is left out. */
export const VIEW = { width: 1000, height: 700 };
export const CLIP = { x: 0, y: 0, width: 980, height: 700 };

/** The host as the page's own getComputedStyle sees it while the reader is open, pseudo-elements included. */
function hostLook(selector: string) {
  const host = document.querySelector(selector)!;
  const pick = (cs: CSSStyleDeclaration) => ({ content: cs.content, display: cs.display });
  const cs = getComputedStyle(host);
  const root = getComputedStyle(document.documentElement);
  return {
    before: pick(getComputedStyle(host, '::before')),
    after: pick(getComputedStyle(host, '::after')),
    host: { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, filter: cs.filter, transform: cs.transform, clipPath: cs.clipPath, zoom: cs.zoom },
    root: { filter: root.filter, zoom: root.zoom, contentVisibility: root.getPropertyValue('content-visibility'), display: root.display },
  };
}
export type HostLook = ReturnType<typeof hostLook>;

/** hostLook as an expression to evaluate in the page (a string: the runner may wrap its inner arrow in __name()). */
export const hostLookOf = (selector: string) => `(() => { ${NAME_SHIM} return (${hostLook.toString()})(${JSON.stringify(selector)}); })()`;

/** The mouse and keyboard of a page, as Playwright and Puppeteer both have them. */
export interface Person {
  mouse: {
    click(x: number, y: number): Promise<unknown>;
    move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
    down(): Promise<unknown>;
    up(): Promise<unknown>;
  };
  keyboard: { type(text: string): Promise<unknown>; down(key: string): Promise<unknown>; press(key: string): Promise<unknown>; up(key: string): Promise<unknown> };
}

/** Clicks where the page's fake password field would be and types, drags over the headline, selects all. */
export async function actAsAPerson({ mouse, keyboard }: Person): Promise<void> {
  await mouse.click(300, 195);
  await keyboard.type('hunter2');
  await mouse.move(60, 150);
  await mouse.down();
  await mouse.move(700, 170, { steps: 8 });
  await mouse.up();
  await keyboard.down('Control');
  await keyboard.press('a');
  await keyboard.up('Control');
}

/**
 * The attacked page's reader looks exactly as the calm page's, with none of the attack's colours. Screenshots are of
 * the viewport, or already clipped to CLIP; only CLIP is compared. `name` prefixes the files written to
 * $LUCID_E2E_SHOTS when it is set.
 */
export function expectShotsLikeCalm(calmShot: Buffer, attackedShots: Buffer[], name: string): void {
  const calm = crop(decodePng(calmShot), CLIP);
  const shotsDir = process.env.LUCID_E2E_SHOTS;
  if (shotsDir) writeFileSync(join(shotsDir, `${name}-calm.png`), calmShot);
  expect(pixelAt(calm, 5, CLIP.height - 5), 'the reader fills the viewport').toEqual([0xfb, 0xfa, 0xf7]);
  // The person's select-all took in the reader's text (the reader's selection tint, reader.css --lr-select), so the
  // comparison covers a selection too.
  expect(countColour(calm, [0xc9, 0xdc, 0xf3], 4), 'selected reader text in the calm shot').toBeGreaterThan(50_000);
  for (const [i, shot] of attackedShots.entries()) {
    if (shotsDir) writeFileSync(join(shotsDir, `${name}-attacked-${i}.png`), shot);
    const img = crop(decodePng(shot), CLIP);
    // Apart from the pixel count: screenshots of different sizes count as differing in every pixel.
    expect.soft([img.width, img.height], `size of screenshot ${i}`).toEqual([calm.width, calm.height]);
    expect.soft(countColour(img, [255, 0, 0]), `red pixels in screenshot ${i}`).toBe(0);
    expect.soft(countColour(img, [0, 0, 255]), `blue pixels in screenshot ${i}`).toBe(0);
    expect.soft(differingPixels(img, calm, 8), `pixels unlike the calm page's reader, screenshot ${i}`).toBe(0);
  }
}
