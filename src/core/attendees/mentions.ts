import type { CompiledCues } from './compile';
import type { CueMatch } from './cue-matches';
import type { NameSpan } from './names';
import { roleBefore, rolesAfter } from './roles';

/** A person mentioned in one sentence: the name, the roles written around it, and the span they cover. */
export interface Mention {
  sentence: number;
  /** Start of the honorific or role written before the name. */
  start: number;
  /** End of the last role written after the name. */
  end: number;
  span: NameSpan;
  roles: string[];
  strong: boolean;
}

/** Reads the roles around each name; a role never reaches back past the previous person or a cue. */
export function buildMentions(
  s: string, sentence: number, spans: NameSpan[], cues: CueMatch[], cc: CompiledCues,
): Mention[] {
  const out: Mention[] = [];
  let floor = 0;
  spans.forEach((span, i) => {
    if (span.roleRef) {
      out.push({ sentence, start: span.lead, end: span.end, span, roles: [], strong: true });
      floor = span.end;
      return;
    }
    let from = floor;
    for (const c of cues) if (c.end <= span.lead && c.end > from) from = c.end;
    const before = roleBefore(s, span, from, cc);
    const after = rolesAfter(s, span, spans.slice(i + 1), cc);
    const roles = before ? [before.role, ...after.roles.filter((r) => r !== before.role)] : after.roles;
    const m: Mention = {
      sentence,
      start: before ? before.start : span.lead,
      end: after.end,
      span,
      roles,
      strong: span.strong || roles.length > 0,
    };
    out.push(m);
    floor = m.end;
  });
  return out;
}
