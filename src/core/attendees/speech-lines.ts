import type { CompiledCues } from './compile';
import { capitalHead } from './capital-heads';

/**
 * A speech line's head: an optional question number, a name or an office in capitalised words (with "of", "for",
 * "and", "the" inside), brackets after it (seat, party, time, or the office-holder's name), then the colon.
 */
const HEAD = /^(?:\d{1,3}\.\s+)?((?:The |Mr\.? |Madam |Mrs\.? |Ms\.? )?\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|\(\p{Lu}[\p{L}.]*\)|of|for|and|the|de|van|von|bin|al)){0,11})((?:\s*\([^()]{1,120}\))*)\s*:\s+(?=\S)/u;
const BRACKET = /\(([^()]{1,120})\)/gu;
/** "Bellbrook—Minister for Health": an office printed after the seat in the same bracket (what follows the dash). */
function afterDash(text: string): string | null {
  const at = text.search(/[—–]/u);
  const rest = at < 0 ? '' : text.slice(at + 1).trim();
  return rest || null;
}
/** A bracket holding a person's name: two to five capitalised words (capitals only too), an honorific allowed before them. */
const NAME_ONLY = /^(?:(?:Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame) )*\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,4}$/u;
/** A record is verbatim when at least this many paragraphs open with a head that has brackets or an office. */
const MIN_MARKED_HEADS = 2;

/**
 * Parliament's verbatim records print each speech as "<speaker>: <words>". Where a record has them, each such head
 * is rewritten as "<office> <name> <verb>:", so that the ordinary speech cue and role reading take the speaker.
 * Lines that are no record's (one "Note: …", a roster label) are left alone.
 */
export function readSpeechLines(lines: string[], cc: CompiledCues, printed?: Map<string, string>): string[] {
  const verb = cc.data.speechLineVerb;
  if (!verb) return lines;
  const heads = lines.map((line) => (cc.rosterLabelLine.test(line) ? null : HEAD.exec(line)));
  const marked = heads.filter((h) => h && (h[2] || cc.roleHeadAtStart.test(h[1]!.replace(/^The /u, '')))).length;
  if (marked < MIN_MARKED_HEADS) return lines;
  const record = lines.join('\n');
  return lines.map((line, i) => {
    const h = heads[i];
    if (!h) return line;
    const rest = line.slice(h[0].length);
    let who = capitalHead(h[1]!, cc, record, printed);
    let office = '';
    for (const [, inside] of h[2]!.matchAll(BRACKET)) {
      const text = inside!.trim();
      const dashed = afterDash(text);
      if (dashed && cc.roleHeadAtStart.test(dashed)) office = dashed;
      // "The Secretary of State for Health (Daniel Ashworth)": the head is the office, the bracket the holder.
      else if (NAME_ONLY.test(text) && cc.roleHeadAtStart.test(who.replace(/^(?:The|Mr|Madam) /iu, ''))) {
        office = who.replace(/^The /iu, '');
        who = capitalHead(text, cc, record, printed);
      }
    }
    return `${office ? `${office} ` : ''}${who} ${verb}: ${rest}`;
  });
}
