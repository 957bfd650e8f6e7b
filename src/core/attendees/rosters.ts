import type { CompiledCues } from './compile';

/** A roster item is short: a name with its title or role, not a sentence. */
const MAX_ITEM = 160;
const FINAL_STOP = /\.$/u;

/**
 * Minutes print a roster as a label on a line of its own and one person per line after it ("PRESENT:" /
 * "Councillor Ann Dale" / "Mayor Bob Hill"), or as items cut by full stops after the label ("IN ATTENDANCE: Mr.
 * Tom Ray, County Manager. Ms. Jo Kent, Director."). Each roster becomes one line, its items joined by semicolons, so
 * that the label's list cue reaches every item; the other lines are returned as they are.
 */
export function joinRosters(paragraphs: string[], sentencesOf: (p: string) => string[], cc: CompiledCues): string[] {
  const out: string[] = [];
  let roster: string[] | null = null;
  const flush = (): void => {
    if (roster) out.push(roster.length > 1 ? `${roster[0]} ${roster.slice(1).join('; ')}` : roster[0]!);
    roster = null;
  };
  for (const p of paragraphs) {
    const label = cc.rosterLabelLine.exec(p);
    if (label) {
      flush();
      const head = p.slice(0, label[0].length).trim();
      const rest = p.slice(label[0].length).trim();
      const pieces = rest ? sentencesOf(rest) : [];
      // Items cut by full stops stay one list only if every piece is an item.
      roster = pieces.length > 1 && !pieces.every(isItem) ? null : [head, ...pieces.map(unstop)];
      if (!roster) out.push(p);
      continue;
    }
    if (roster && isItem(p)) {
      roster.push(unstop(p.trim()));
      continue;
    }
    flush();
    out.push(p);
  }
  flush();
  return out;
}

/** A name and its role, not a sentence: few lowercase words ("Ms. Dana Fox, Director of Services"). */
function isItem(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_ITEM || !/^[\p{Lu}\p{N}(]/u.test(t)) return false;
  const words = t.split(/\s+/u);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower <= Math.max(3, Math.floor(words.length / 3));
}

const unstop = (item: string): string => item.replace(FINAL_STOP, '');
