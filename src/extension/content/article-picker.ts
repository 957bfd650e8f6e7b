/**
 * "Pick the article": the person points at the block of the page that holds the article. A frame follows the pointer
 * (drawn from a closed shadow root that takes no pointer events, so hit testing sees the page); ↑ and ↓ widen and
 * narrow the choice, a click takes it, Esc gives up. While picking, the page gets none of the clicks: they choose.
 * Only the person's own input counts (isTrusted), so a page script cannot pick for them.
 */
import { t } from '../i18n';

const CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; }
.box { position: fixed; display: none; border: 3px solid #1d5fa8; border-radius: 4px; background: rgb(29 95 168 / 0.12); box-shadow: 0 0 0 9999px rgb(0 0 0 / 0.25); }
.bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); max-width: calc(100% - 24px); padding: 8px 14px; border-radius: 8px;
  background: #1f1f1d; color: #fbfaf7; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.3); }
`;

/** A block worth reading starts at this much text: a bare link or a span is widened to its first such ancestor. */
const MIN_TEXT = 120;

function meaningful(el: Element | null): Element | null {
  let node = el;
  while (node && node !== document.body && (node.textContent?.trim().length ?? 0) < MIN_TEXT) node = node.parentElement;
  return node && node !== document.documentElement ? node : null;
}

export function pickArticle(onPicked: (block: Element) => void): () => void {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 'box';
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.textContent = t('pickerHint');
  root.append(style, box, bar);
  document.documentElement.append(host);

  let current: Element | null = null;
  /** The narrower blocks ↑ widened from, so ↓ goes back the same way. */
  let narrower: Element[] = [];
  const draw = () => {
    if (!current) {
      box.style.display = 'none';
      return;
    }
    const r = current.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const choose = (el: Element | null) => {
    current = el;
    draw();
  };

  const swallow = (e: Event) => {
    if (!e.isTrusted) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onMove = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const under = meaningful(document.elementFromPoint(e.clientX, e.clientY));
    if (under && under !== current && !narrower.includes(under) && !under.contains(current)) {
      narrower = [];
      choose(under);
    }
  };
  const onClick = (e: MouseEvent) => {
    swallow(e);
    if (!e.isTrusted) return;
    const picked = current ?? meaningful(document.elementFromPoint(e.clientX, e.clientY));
    if (!picked) return;
    stop();
    onPicked(picked);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      swallow(e);
      stop();
    } else if (e.key === 'ArrowUp' && current?.parentElement && current.parentElement !== document.documentElement) {
      swallow(e);
      narrower.push(current);
      choose(current.parentElement);
    } else if (e.key === 'ArrowDown' && narrower.length) {
      swallow(e);
      choose(narrower.pop()!);
    } else if (e.key === 'Enter' && current) {
      swallow(e);
      const picked = current;
      stop();
      onPicked(picked);
    }
  };
  const listeners: Array<[string, EventListener]> = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKey as EventListener],
    ['mousedown', swallow],
    ['mouseup', swallow],
    ['pointerdown', swallow],
    ['pointerup', swallow],
    ['auxclick', swallow],
    ['scroll', draw],
    ['resize', draw],
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn, true);

  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    for (const [type, fn] of listeners) window.removeEventListener(type, fn, true);
    host.remove();
  }
  return stop;
}
