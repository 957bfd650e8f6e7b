/**
 * Keys inside the reader: + and − for the text size, [ and ] for the column width, t for the contents of a long
 * article, space to read aloud or pause, ? for the list of keys.
 * A pure map from a key press to what it changes, so the reader view and its tests share one table.
 */
import { FONT_SIZE, LINE_WIDTH, type Settings } from '../settings';

export type ReaderKeyAction =
  | { settings: Partial<Settings> }
  | { help: 'toggle' }
  | { contents: 'toggle' }
  | { aloud: 'toggle' }
  | null;

/** The keys, in the order the help lists them, with the message key that says what each does. */
export const READER_KEYS: ReadonlyArray<{ keys: string[]; label: string }> = [
  { keys: ['+', '−'], label: 'keyFontSize' },
  { keys: ['[', ']'], label: 'keyLineWidth' },
  { keys: ['t'], label: 'keyContents' },
  { keys: ['Space'], label: 'keyReadAloud' },
  { keys: ['?'], label: 'keyHelp' },
  { keys: ['Esc'], label: 'keyClose' },
];

const clamp = (range: { min: number; max: number }, n: number) => Math.min(range.max, Math.max(range.min, n));

export function readerKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, settings: Settings): ReaderKeyAction {
  // Ctrl/Cmd + and − are the browser's zoom; Alt combinations belong to the system.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case '+':
    case '=':
      return { settings: { fontSize: clamp(FONT_SIZE, settings.fontSize + FONT_SIZE.step) } };
    case '-':
    case '−':
    case '_':
      return { settings: { fontSize: clamp(FONT_SIZE, settings.fontSize - FONT_SIZE.step) } };
    case '[':
      return { settings: { lineWidth: clamp(LINE_WIDTH, settings.lineWidth - LINE_WIDTH.step) } };
    case ']':
      return { settings: { lineWidth: clamp(LINE_WIDTH, settings.lineWidth + LINE_WIDTH.step) } };
    case 't':
    case 'T':
      return { contents: 'toggle' };
    case '?':
      return { help: 'toggle' };
    case ' ':
      return { aloud: 'toggle' };
    default:
      return null;
  }
}

/** Space on a focused button, link or menu heading presses it: the control's, not read-aloud's. */
export function isPressTarget(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.('button, a[href], summary, [role="button"], [role="radio"]');
}

/** A key typed into a field or a menu is the field's, not the reader's. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as Element | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
