import type { AttendanceCue, AttendeeLanguageCues } from '../lang/attendee-cue-types';
import { buildCuePrefilter, type CuePrefilter } from './cue-prefilter';
import { FirstMatch } from './first-match';
import { FoldedRegExp } from './folded-regexp';

/** Unicode word edges: JavaScript's \b only knows ASCII letters, and Vietnamese words are not ASCII. */
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
const E = '(?![\\p{L}\\p{M}\\p{N}])';

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Longest first, so an alternation prefers "đồng chủ trì" over "chủ trì". */
const alt = (parts: string[]): string => [...parts].sort((a, b) => b.length - a.length).join('|');
const literal = (words: string[]): string => alt(words.map(escapeRe));
/** A lowercase word also matches when it opens a sentence ("đại diện" / "Đại diện"); a capitalised one only so. */
const capitalTolerant = (words: string[]): string =>
  alt(words.map((w) => {
    const first = w.charAt(0);
    const rest = escapeRe(w.slice(1));
    return first !== first.toUpperCase() ? `[${first}${first.toUpperCase()}]${rest}` : escapeRe(w);
  }));

export interface CompiledCue {
  cue: AttendanceCue;
  /** The pattern as the expressions below are built from it. */
  source: string;
  /**
   * For lowercased text (case-insensitive Unicode matching is several times slower in V8), tried at one position
   * (lastIndex) at a time: where cue-prefilter.ts says a match can open. Without the word edge before the cue,
   * which findCues checks itself (a leading lookbehind made V8 try the expression at every position).
   */
  readonly reSticky: RegExp;
  /** For text whose lowercase form changes length (rare letters such as "İ"). */
  readonly reCaseless: RegExp;
  /** A character the match needs ("PRESENT:"): a sentence without it is not searched, and the expression not even
   * compiled by V8 until some sentence has it (the roster labels' long alternations cost the first page ~30 ms). */
  needs?: string;
}

export interface CompiledCues {
  data: AttendeeLanguageCues;
  /** An honorific ending the text (just before a name). */
  honorificBefore: RegExp;
  /** Every honorific inside a text. */
  honorificAny: RegExp;
  /** The comma inside a chain of honorifics ("His Excellency|, Dr.", "Her Excellency|, Dr. (Mrs.)"): one chain. */
  honorificChainComma: RegExp;
  /** "Dr. (Mrs.) X": an honorific in brackets inside the chain. */
  honorificInBrackets: RegExp;
  honorificWords: Set<string>;
  /** Honorifics of several words ("datuk seri", "his excellency"), lowercased, words without a final dot. */
  honorificPhrases: Set<string>;
  roleRefOpenerBefore: RegExp;
  middleNames: Set<string>;
  surnames: Set<string>;
  particles: Set<string>;
  openers: Set<string>;
  notName: Set<string>;
  placePrefixBefore: RegExp;
  placeNames: Set<string>;
  titlePlaceBefore: RegExp;
  roleHead: RegExp;
  roleHeadAtStart: RegExp;
  roleHeadToken: RegExp;
  /** A whole token that is a head in its singular form. */
  singularHeadToken: RegExp;
  /** Plural heads the suffix does not make, lowercase, to their singular ("deputies", "reps."). */
  irregularPlurals: Map<string, string>;
  /** Lowercase words inside an organisation's name in a title ("Council of Governors chair"). */
  orgJoiners: Set<string>;
  roleHeadBefore: RegExp;
  /** A head right after a run and before a word ("Leeds Central| MP Priya …"); callers check that word's capital. */
  titleHeadNext: RegExp;
  /** ", of the Green group," opening a gap: an aside saying where a person comes from. */
  originAsideAtStart: RegExp;
  /** A plural title opened by "các"/"những" and closed by a colon, ending the text; group 1 is the title. */
  pluralLeadBefore: RegExp;
  /** "các Phó Chủ tịch …" opening the text: a plural title that opens a list of its own. */
  pluralTitleAtStart: RegExp;
  roleLeftWords: Set<string>;
  /** A lowercase word inside a title ("of", "and") ending the text, just before a capitalised run. */
  innerWordBefore: RegExp;
  /** The same word opening the text after a title's head. */
  innerWordAtStart: RegExp;
  /** Where a role ends: a cue (not a lead) or a role-stop word, as written, at a word edge. */
  roleStop: FirstMatch;
  connectorAtStart: RegExp;
  connectorAny: RegExp;
  /** A connector ending the text (", and ", " và "): what joins a second verb to the first one's subject. */
  connectorBeforeEnd: RegExp;
  /** Where a group in a list may end: a comma or semicolon, or a connector ("và", "and"), whichever comes first. */
  groupBreak: RegExp;
  relativeAtStart: RegExp | null;
  /** A relative pronoun anywhere: where a clause about the person just named opens. */
  relativeWord: RegExp | null;
  /** What follows a request's object ("asked X| to report"), at the start of the text. */
  requestObjectEnd: RegExp | null;
  /** "his grandson ", "their daughter ": a possessive and a family word before a listed name. */
  kinBefore: RegExp | null;
  /** A tenure word and its space at the start ("outgoing "). */
  tenureAtStart: RegExp | null;
  gapFiller: RegExp;
  /** An article opening a role ("the nominee"), dropped. */
  articleAtStart: RegExp;
  /** "The Speaker of the House, " ending the text: a role in apposition before the name; group 1 is the role. */
  appositionOpener: RegExp | null;
  /** "his partner of 14 years, " after a list's connector: the next item's description, before its name. */
  apposedItem: RegExp;
  /** A role that makes its holder the chair of the event they take part in ("Committee chair"). */
  chairRole: RegExp;
  /** "of Kajang", "from Hà Tĩnh Province": where a person comes from, opening a gap. */
  originAtStart: RegExp;
  /** A roster label and its colon opening a line ("PRESENT:", "Staff:"). */
  rosterLabelLine: RegExp;
  /** The first word bringing a subject's company (`companions`), anywhere; never matches without the data. */
  companion: RegExp;
  /** A passive verb's agent word right at the start (`passiveAgents`). */
  agentAtStart: RegExp;
  /** An auxiliary of the passive, maybe with an adverb, ending the text ("had been told", "was repeatedly asked"). */
  passiveBefore: RegExp;
  /** An origin word ("of", "from") ending the text: what follows is a place or a body, not a person's surname. */
  originBefore: RegExp;
  /** The passive's pluperfect auxiliary ending the text ("had been "): a time before the event. */
  pluperfectBefore: RegExp;
  /** Letters after a name at the start of a gap (" SC", ", IPS"), however many in a row. */
  postnominalsAtStart: RegExp;
  listLeadIn: RegExp;
  groupHeadAtStart: RegExp;
  groupNounAtStart: RegExp;
  quantityAtStart: RegExp;
  cues: CompiledCue[];
  /** Which of `cues` can match in a lowercased sentence, by the strings their matches open with. */
  cuePrefilter: CuePrefilter;
  eventPhrase: RegExp;
  /** Where the clause naming an event ends: a comma, a semicolon, or the opening of what was said. */
  eventClauseEnd: RegExp;
  eventNotYet: RegExp;
  reported: RegExp;
  officeSpan: RegExp;
  negators: RegExp;
  pressNegator: RegExp;
  pressEvent: RegExp;
  otherTime: RegExp;
  addressVerb: RegExp;
  weekday: RegExp;
  /** Words that put a chair or attendance in the future ("dự kiến", "is expected to"). */
  future: RegExp;
  pastTime: RegExp | null;
  captionCredits: RegExp[];
  archiveCaption: RegExp;
  abbreviations: Set<string>;
}

/** A capitalised place name of up to five words; where the language writes place prefixes, maybe after one, whose
 * place may be a number ("ở thôn 3", "ở xã An Phú"). */
function originPlace(prefixes: string[]): string {
  const name = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,4}";
  return prefixes.length ? `(?:(?:${literal(prefixes)}) (?:\\p{N}+${E}|${name})|${name})` : name;
}

const cache = new WeakMap<AttendeeLanguageCues, CompiledCues>();

/** How far a role title's head reaches from an anchored end (three modifiers and the longest head, with room). */
const HEAD_START = { at: 'start', reach: 160 } as const;
const HEAD_END = { at: 'end', reach: 160 } as const;

/** Compiles a language's cue data once; later calls reuse the regular expressions. */
export function compileCues(data: AttendeeLanguageCues): CompiledCues {
  const hit = cache.get(data);
  if (hit) return hit;
  // An adverb between an auxiliary or a connector and the verb ("was repeatedly asked", "and briefly addressed").
  const ADVERB = data.verbAdverbs ? `(?:(?:${data.verbAdverbs})\\s+)?` : '';
  // The role-title expressions run folded (folded-regexp.ts): their literals are lowercase.
  const singularHeadToken = new FoldedRegExp(`^(?:${alt(data.roleHeads).toLowerCase()})$`, 'u', HEAD_START);
  // An abbreviated head's plural keeps its stop after the suffix ("Reps." of "Rep."): the abbreviations that are
  // such plurals are read from the data, like the irregular ones.
  const suffix = data.rolePluralSuffix;
  const irregularPlurals = new Map(Object.entries(data.irregularPluralHeads));
  for (const a of data.abbreviations) {
    const singular = `${a.slice(0, -suffix.length)}.`;
    if (suffix && a.endsWith(suffix) && singularHeadToken.test(singular)) irregularPlurals.set(`${a.toLowerCase()}.`, singular);
  }
  const heads = alt([...data.roleHeads, ...[...irregularPlurals.keys()].map(escapeRe)]).toLowerCase();
  const plural = suffix ? `(?:${escapeRe(suffix)})?` : '';
  // Cue phrases end a role too ("Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"); they are lowercase there,
  // while the organisations inside roles are capitalised ("Ban Chỉ đạo"), hence the case-sensitive match.
  // A roster label is a list cue of its own part ("Presiding: X" chairs); whole words, then the colon.
  const rosterCues: AttendanceCue[] = (data.rosterLabels ?? []).map(({ part, labels: words }) => ({
    part, dir: 'list', event: true, pattern: `(?:${literal(words.map((w) => w.toLowerCase()))}) ?:`,
  }));
  const labels = literal((data.rosterLabels ?? []).flatMap((r) => r.labels));
  const stopParts = [...data.roleStops, ...data.cues.filter((c) => c.dir !== 'lead').map((c) => c.pattern)];
  // Each cue's expressions are built when first used: most pages reach few cues (cue-prefilter.ts), and building the
  // 200 of a language with their case-insensitive twins was most of its compiling (V8 parses each as it is built).
  const cues: CompiledCue[] = [...rosterCues, ...data.cues].map((cue) => {
    const source = `(?:${cue.pattern})(?:${E}|(?<=[,:]))`;
    let sticky: RegExp | undefined;
    let caseless: RegExp | undefined;
    return {
      cue,
      source,
      get reSticky() {
        return (sticky ??= new RegExp(source, 'uy'));
      },
      get reCaseless() {
        return (caseless ??= new RegExp(source, 'giu'));
      },
      needs: rosterCues.includes(cue) ? ':' : undefined,
    };
  });
  const compiled: CompiledCues = {
    data,
    // "\s*(?::\s*)?" rather than "\s*:?\s*": two adjacent runs of spaces split a long run every possible way.
    honorificBefore: new RegExp(`${B}(?:${literal(data.honorifics)})\\s*(?::\\s*)?$`, 'iu'),
    honorificAny: new RegExp(`${B}(?:${literal(data.honorifics)})${E}\\s*:?`, 'giu'),
    // The comma first: a leading look-behind would be tried at every position of every paragraph.
    honorificChainComma: new RegExp(`,(?<=${B}(?:${literal(data.honorifics)}),)(?= \\(?(?:${literal(data.honorifics)})\\)?\\s)`, 'gu'),
    honorificInBrackets: new RegExp(`\\((${literal(data.honorifics)})\\)(?= \\p{Lu})`, 'gu'),
    roleRefOpenerBefore: new RegExp(`${B}(?:${literal(data.roleRefOpeners)})\\s+$`, 'iu'),
    honorificWords: new Set(data.honorifics.filter((h) => !h.includes(' ')).map((h) => h.toLowerCase().replace(/\.$/, ''))),
    honorificPhrases: new Set(data.honorifics.filter((h) => h.includes(' '))
      .map((h) => h.toLowerCase().split(' ').map((w) => w.replace(/\.$/, '')).join(' '))),
    surnames: new Set(data.surnames),
    middleNames: new Set(data.middleNames),
    particles: new Set(data.nameParticles),
    openers: new Set(data.openers),
    notName: new Set([...data.notNameWords, ...data.openers]),
    placePrefixBefore: data.placePrefixes.length
      // Not the end of a capitalised compound ("Bộ Nông nghiệp và Môi trường Hoàng Trung Kiên": "trường").
      ? new RegExp(`${B}(?<!\\p{Lu}\\p{Ll}[\\p{L}\\p{M}]{0,20} )(?:${literal(data.placePrefixes)})\\s+$`, 'u')
      : /(?!)/u,
    placeNames: new Set(data.placeNames),
    titlePlaceBefore: data.titlePlacePrefixes.length
      ? new RegExp(`${B}(?:${literal(data.titlePlacePrefixes)})\\s+$`, 'u')
      : /(?!)/u,
    roleHead: new FoldedRegExp(`${B}(?:${heads})${plural}${E}`, 'gu'),
    roleHeadAtStart: new FoldedRegExp(`^(?:${heads})${E}`, 'u', HEAD_START),
    roleHeadToken: new FoldedRegExp(`^(?:${heads})${plural}$`, 'u', HEAD_START),
    singularHeadToken,
    irregularPlurals,
    orgJoiners: new Set(data.orgNameJoiners),
    roleHeadBefore: new FoldedRegExp(`${B}(?:${heads})\\s+$`, 'u', HEAD_END),
    titleHeadNext: new FoldedRegExp(`^ (?:${heads})${plural} (?=\\S)`, 'u', HEAD_START),
    originAsideAtStart: data.originWords.length
      ? new RegExp(`^\\s*,\\s*(?:${literal(data.originWords)}) [^,;:.]{1,60},`, 'u')
      : /(?!)/u,
    pluralLeadBefore: data.pluralOpeners.length
      // "các đồng chí Phó Bí thư Tỉnh ủy:": an honorific may stand between the plural word and the title.
      ? new RegExp(`${B}(?:${literal(data.pluralOpeners)}) (?:(?:${literal(data.honorifics)}) )?((?:${heads})${E}[^:;,]{0,80}?) ?: ?$`, 'iu')
      : /(?!)/u,
    pluralTitleAtStart: data.pluralOpeners.length
      ? new RegExp(`^(?:${literal(data.pluralOpeners)}) (?:${heads})${E}`, 'iu')
      : /(?!)/u,
    roleLeftWords: new Set(data.roleLeftWords),
    // "Minister for Agriculture and Farmers' Empowerment": a possessive inside a title counts as one too.
    innerWordBefore: data.roleInnerWords.length
      ? new RegExp(`(?<!\\S)(?:${literal(data.roleInnerWords)}|\\p{Lu}\\p{Ll}{1,20}s['’]) $`, 'u')
      : /(?!)/u,
    innerWordAtStart: new RegExp(`^\\s+(?:${literal(data.roleInnerWords)})\\s`, 'u'),
    roleStop: new FirstMatch(stopParts.map((part) => `(?:${part})${E}`)),
    connectorAtStart: new RegExp(`^(?:${literal(data.connectors)})${E}\\s*`, 'iu'),
    connectorAny: new RegExp(`\\s(?:${literal(data.connectors)})${E}\\s*`, 'gu'),
    connectorBeforeEnd: new RegExp(`\\s(?:${literal(data.connectors)})\\s+${ADVERB}$`, 'iu'),
    groupBreak: new RegExp(`[,;]\\s*|\\s(?:${literal(data.connectors)})${E}\\s*`, 'gu'),
    relativeAtStart: data.relativePronouns.length
      ? new RegExp(`^(?:${literal(data.relativePronouns)})${E}`, 'iu')
      : null,
    kinBefore: data.kinNouns?.length && data.apposedDeterminers.length
      ? new RegExp(`^(?:${literal(data.apposedDeterminers)}) (?:${literal(data.kinNouns)}),? $`, 'iu') : null,
    requestObjectEnd: data.requestObjectEnd ? new RegExp(`^(?:${data.requestObjectEnd})`, 'u') : null,
    relativeWord: data.relativePronouns.length
      ? new RegExp(`${B}(?:${literal(data.relativePronouns)})${E}`, 'iu')
      : null,
    tenureAtStart: data.tenureWords?.length ? new RegExp(`^(?:${literal(data.tenureWords)})\\s+`, 'u') : null,
    gapFiller: new RegExp(`${B}(?:${literal(data.gapFillers)})${E}`, 'giu'),
    articleAtStart: data.roleArticles.length ? new RegExp(`^(?:${literal(data.roleArticles)}) (?=\\S)`, 'iu') : /(?!)/u,
    // Where a role in apposition may open: an article, a possessive determiner (group 1) or a capitalised
    // possessive ("Southmoor's", "Labour's": group 2, part of the role).
    appositionOpener: data.roleArticles.length
      ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’])(?:(${capitalTolerant(data.roleArticles)})|(${capitalTolerant(data.apposedDeterminers)})|` +
        `(\\p{Lu}[\\p{L}\\p{M}-]*(?: \\p{Lu}[\\p{L}\\p{M}-]*){0,2}['’]s)) `, 'gu')
      : null,
    apposedItem: data.roleArticles.length + data.apposedDeterminers.length
      ? new RegExp(`^(?:${literal([...data.roleArticles, ...data.apposedDeterminers])}) [^,;:()“”"]{1,60},\\s*$`, 'iu')
      : /(?!)/u,
    chairRole: data.chairRoles.length ? new RegExp(`^(?:${literal(data.chairRoles)})$`, 'iu') : /(?!)/u,
    originAtStart: data.originWords.length
      ? new RegExp(`^\\s*(?:${literal(data.originWords)}) (?:the )?${originPlace(data.placePrefixes)}`, 'u')
      : /(?!)/u,
    companion: data.companions.length ? new RegExp(`${B}(?:${literal(data.companions)})${E}\\s*`, 'u') : /(?!)/u,
    passiveBefore: data.passiveAuxiliaries?.length
      ? new RegExp(`${B}(?:${literal(data.passiveAuxiliaries)}) ${ADVERB}$`, 'iu') : /(?!)/u,
    originBefore: data.originWords.length ? new RegExp(`${B}(?:${literal(data.originWords)})\\s+$`, 'iu') : /(?!)/u,
    pluperfectBefore: data.pluperfectAuxiliaries?.length
      ? new RegExp(`${B}(?:${literal(data.pluperfectAuxiliaries)}) ${ADVERB}$`, 'iu') : /(?!)/u,
    agentAtStart: data.passiveAgents.length ? new RegExp(`^\\s+(?:${literal(data.passiveAgents)})\\s+`, 'u') : /(?!)/u,
    postnominalsAtStart: data.postnominal ? new RegExp(`^(?:,?\\s*(?:${data.postnominal})${E})+`, 'u') : /(?!)/u,
    listLeadIn: new RegExp(`^\\s*(?:(?:${alt(data.listLeadIns)})\\s*)+`, 'iu'),
    groupHeadAtStart: new RegExp(`^(?:${capitalTolerant(data.groupHeads)})${E}`, 'u'),
    groupNounAtStart: new RegExp(`^(?:${capitalTolerant(data.groupNouns)})${E}`, 'u'),
    quantityAtStart: new RegExp(`^${data.quantity}`, 'iu'),
    rosterLabelLine: labels.length ? new RegExp(`^(?:${labels})\\s?:\\s*`, 'iu') : /(?!)/u,
    cues,
    cuePrefilter: buildCuePrefilter(cues.map((c) => c.source)),
    eventPhrase: data.eventPhrases.length ? new RegExp(`${B}(?:${alt(data.eventPhrases)})${E}`, 'iu') : /(?!)/u,
    eventClauseEnd: data.speechOpeners?.length ? new RegExp(`[,;]|\\s(?:${literal(data.speechOpeners)})${E}`, 'iu') : /[,;]/u,
    eventNotYet: data.eventNotYet.length ? new RegExp(`${B}(?:${alt(data.eventNotYet)})${E}`, 'iu') : /(?!)/u,
    reported: new RegExp(`${B}(?:${alt(data.reported)})${E}`, 'iu'),
    officeSpan: data.officeSpans.length ? new RegExp(`${B}(?:${alt(data.officeSpans)})${E}`, 'iu') : /(?!)/u,
    negators: new RegExp(`${B}(?:${alt(data.negators)})${E}`, 'iu'),
    pressNegator: data.pressNegators.length ? new RegExp(`${B}(?:${alt(data.pressNegators)})${E}`, 'iu') : /(?!)/u,
    pressEvent: data.pressEvents.length ? new RegExp(`${B}(?:${alt(data.pressEvents)})${E}`, 'iu') : /(?!)/u,
    otherTime: data.otherTimes.length ? new RegExp(`${B}(?:${alt(data.otherTimes)})${E}`, 'iu') : /(?!)/u,
    addressVerb: data.addressVerbs.length ? new RegExp(`^(?:${alt(data.addressVerbs)})$`, 'iu') : /(?!)/u,
    weekday: data.weekdays.length ? new RegExp(`${B}(?:${literal(data.weekdays)})${E}`, 'iu') : /(?!)/u,
    future: data.future.length ? new RegExp(`${B}(?:${literal(data.future)})${E}`, 'iu') : /(?!)/u,
    pastTime: data.pastTimes?.length ? new RegExp(`${B}(?:${alt(data.pastTimes)})${E}`, 'iu') : null,
    captionCredits: data.captionCredits.map((c) => new RegExp(c, 'u')),
    archiveCaption: data.archiveCaptions.length ? new RegExp(`${B}(?:${alt(data.archiveCaptions)})`, 'iu') : /(?!)/u,
    abbreviations: new Set(data.abbreviations.map((a) => a.toLowerCase())),
  };
  cache.set(data, compiled);
  return compiled;
}
