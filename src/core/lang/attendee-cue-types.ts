import type { AttendeePart } from '../article';

/**
 * Per-language data for the attendee finder. The mechanism (src/core/attendees/*.ts) knows no words of any
 * language: adding a language is adding lang/<code>/attendees.ts and listing it in attendee-cues.ts.
 *
 * Entries marked "regex" are regular-expression fragments (compiled with the u flag and Unicode word
 * boundaries); the others are literal words or phrases.
 */

/** 'absent' marks a person reported as not present: they are never listed. */
export type CuePart = AttendeePart | 'absent';

/**
 * Where the people a cue applies to stand:
 * - prev: the subject just before the cue ("X chủ trì", "X said"), with any "X and Y" before it;
 * - next: the person right after the cue ('…,” said Mayor X');
 * - lead: an opening clause that ends in a comma, applying to the person after it ("Phát biểu tại hội nghị, X");
 * - list: a list of people and groups running to the end of the clause ("Dự hội nghị có …", "attended by …").
 */
export type CueDirection = 'prev' | 'next' | 'lead' | 'list';

export interface AttendanceCue {
  part: CuePart;
  dir: CueDirection;
  /** regex, matched case-insensitively. */
  pattern: string;
  /** Further parts the same words give ("dự và phát biểu": present and spoke). */
  also?: CuePart[];
  /** A list cue whose subject takes part too ("X held talks with Y", "X tiếp Y", "X was sworn in by Y"): the
   * people before it get the part as with `prev`. */
  subjectToo?: boolean;
  /** Like subjectToo, but the subject takes part only when the list names someone (a person, or a group where the
   * cue reads groups): "X received Ambassador Y", "X met with Y" are a meeting; "X received criticism", "X
   * welcomed the decision", "the council will next meet Oct. 22" are not. */
  subjectIfListed?: boolean;
  /** A list cue that repeats no verb ("…, as did X", "echoed by X", "followed by X"): the people listed do what the
   * clause before it says its subject did, taking the parts given to the last person named before it in the
   * sentence (`part` is then unused); with no one given a part before it, nothing. */
  echo?: boolean;
  /** Matched only where written in lowercase, or opening the sentence: "met", not "the Met Office". */
  lowercase?: boolean;
  /** The cue names people only: no group is read from its subject or list ("tham gia", "làm việc với"). */
  peopleOnly?: boolean;
  /** An office held rather than an act ("who chairs the committee"): its part counts only where another cue shows the event. */
  standing?: boolean;
  /** A `prev` cue with no subject before it gives its part to the person right after it instead ('…,” said
   * Albright'). */
  orNext?: boolean;
  /** The cue itself shows an event took place ("phát biểu tại", "told the committee"); chair and attendee
   * cues always do. A plain "said" does not: a news story quoting people is not an event. */
  event?: boolean;
}

export interface AttendeeLanguageCues {
  lang: string;
  /** Courtesy words stripped from names and roles (đồng chí, ông, bà / Mr, Ms, Dr, H.E.). Literal. */
  honorifics: string[];
  /** Family names that open a person's name (Vietnamese names, also romanised in English text). */
  surnames: string[];
  /** Middle syllables that mark a person's name whose family name is not in `surnames` ("Alăng Văn Dũng", "Vòng A
   * Sáng"), read as a name right after a title. Literal; empty where names are not family-first. */
  middleNames: string[];
  /** Words before a role written without a name that refers to someone named elsewhere ("đồng chí Phó Bí thư
   * Thường trực Tỉnh ủy", "the mayor"). Literal, case-insensitive. */
  roleRefOpeners: string[];
  /** A role opening a clause stands for its holder without an opener ("Kết luận hội nghị, Bộ trưởng nhấn mạnh"). */
  roleRefAtClauseStart?: boolean;
  /** A bare capitalised run is a name only when it opens with a surname (or follows an honorific). */
  requireSurname: boolean;
  /** Lowercase words that may sit inside a name (van, de, bin). */
  nameParticles: string[];
  /** Capitalised words that open sentences and dates (The, During, Monday): never in a name or a role. */
  openers: string[];
  /** Capitalised words that never belong to a person's name (organisations, places). */
  notNameWords: string[];
  /** Words right before a run that make it a place or a thing named after a person (huyện, đường, TP). */
  placePrefixes: string[];
  /** Place prefixes that may end a title's organisation ("Chủ tịch UBND tỉnh" + name); literal, a subset of
   * placePrefixes. After one, a name of three or more words within a title's clause is a name, not a place. */
  titlePlacePrefixes: string[];
  /** Place names that look like people's names (Hà Nội, Lâm Đồng). */
  placeNames: string[];
  /** regex: words that open a role (Chủ tịch, Giám đốc, Thượng tướng / Mayor, Director, chair). */
  roleHeads: string[];
  /** How many leading words of an appositive may come before its head (1: it must open with the head). */
  roleHeadWindow: number;
  /** Capitalised words just before a head belong to the role ("City Manager", "Vice Mayor"). */
  roleExtendsLeft: boolean;
  /** Lowercase words that also belong to a role before its head ("state Rep.", "chief financial officer"). */
  roleLeftWords: string[];
  /** Literal ending that makes a role head plural ("Councilmembers A, B and C"); '' when the language has none. */
  rolePluralSuffix: string;
  /** Plural heads the suffix does not make, lowercase, with their singular ("secretaries": "secretary"). */
  irregularPluralHeads: Record<string, string>;
  /** Lowercase words joining capitalised words of an organisation's name before a title's head ("of"). */
  orgNameJoiners: string[];
  /** Words that make the title after them plural, ended by a colon ("các Đại biểu Quốc hội: A, B"). Literal. */
  pluralOpeners: string[];
  /** A lowercase segment after a comma continues the role before it (Vietnamese "Ban Chỉ huy Phòng, chống
   * thiên tai"): the comma is part of an organisation's name, not a list of roles. */
  roleCommaContinues: boolean;
  /** A semicolon after a person's title may go on to another title of theirs ("A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó
   * Chủ tịch Thường trực UBND tỉnh; đồng chí B, …"): the next segment opens with a role head and names no one. */
  roleSemicolonContinues?: boolean;
  /** Lowercase words allowed inside a role written before a name ("Minister of Natural Resources and …");
   * empty: any lowercase word is allowed (Vietnamese roles carry lowercase words: "Cục Y tế dự phòng"). */
  roleInnerWords: string[];
  /** regex, case-sensitive: lowercase words that end a role (verbs, auxiliaries). Cue patterns also end one. */
  roleStops: string[];
  /** Words joining items of a list (và, cùng / and, as well as). Literal. */
  connectors: string[];
  /** Relative pronouns opening a clause about the person just named (who, whose). Literal. */
  relativePronouns: string[];
  /** Words allowed between a subject and its verb (cũng, đã / also, has). Literal. */
  gapFillers: string[];
  /** Words of someone's tenure before their title, not part of it ("received outgoing Ambassador X", "visiting").
   * Literal, lowercase; optional. */
  tenureWords?: string[];
  /** Words that make a chair or attendance only planned ("dự kiến", "is expected to"). Literal. */
  future: string[];
  /** regex: a past time in the clause of a meeting or attendance ("met X in 1999", "after the 2009 election"): a
   * career's history, not the reported event. Read up to the clause's first comma after the person. Optional. */
  pastTimes?: string[];
  /** Articles dropped from the start of a role written after a name ("a", "the"). Literal. */
  roleArticles: string[];
  /** Determiners opening a description of the next item of a list, before its name (", and his partner of 14
   * years, Firefighter B"): with the articles, they let a list run past it. Literal. */
  apposedDeterminers: string[];
  /** Whole roles whose holder chairs the event they take part in ("committee chair", "chủ tọa"). Literal. */
  chairRoles: string[];
  /** Words opening where a person comes from, allowed between subject and verb ("X of Kajang asked"). Literal. */
  originWords: string[];
  /** Words after a chairing or attendance verb that bring its subject's company ("presided, with X in attendance",
   * "were among the guests, along with X"): those people were there too. Literal. */
  companions: string[];
  /** The word naming the agent of a passive verb ("seconded by X", "read out by the Registrar, X"): a `prev` cue
   * followed by it gives its part to that person, not to its subject. Literal. */
  passiveAgents: string[];
  /** Auxiliaries that make the next verb passive ("had been told", "was asked"): the subject of a speech verb in the
   * passive is the one spoken to, not a speaker. */
  passiveAuxiliaries?: string[];
  /** Of those, the pluperfect ("had been"): what was said to someone then was said before the event. */
  pluperfectAuxiliaries?: string[];
  /** regex: one adverb that may stand between an auxiliary or "and" and its verb ("repeatedly", "briefly"). */
  verbAdverbs?: string;
  /** regex: one letters-after-a-name token ("KC", "IPS"), which parts neither a subject from its verb nor two names
   * of a list; empty for none. */
  postnominal: string;
  /** regex: words skipped at the start of a list ("các đồng chí:"). */
  listLeadIns: string[];
  /** Words that open a group or organisation in a list. A lowercase entry also matches capitalised. */
  groupHeads: string[];
  /** Group heads that name kinds of people rather than bodies ("parents", "đại biểu"): a list of them is one
   * group ("parents, students and teachers"). Each must also be in groupHeads. */
  groupNouns: string[];
  /** regex: a quantity before a group ("hơn 100", "about two dozen"), dropped from the group. */
  quantity: string;
  /**
   * Labels that head a roster in minutes ("PRESENT:", "Staff:", "Presiding:", "Apologies:"), by the part they give
   * the people listed after them. Literal, case-insensitive, without the colon. A label alone on its line gathers
   * the short lines after it, one person each, into its list.
   */
  rosterLabels?: { part: CuePart; labels: string[] }[];
  /**
   * A verbatim record's speech lines ("Tom Keeling (Harwood North) (Con): What steps …", "The Secretary of State
   * (Daniel Ashworth): …") are read as "<head> <verb>: …" with this speech verb. Absent: not read.
   */
  speechLineVerb?: string;
  /** Family words that, after a possessive, describe a listed person without being a role ("his grandson X"). */
  kinNouns?: string[];
  /** regex: what follows the object of a request ("asked X to report"): X is asked, not speaking. */
  requestObjectEnd?: string;
  /** Words that, with an article, stand for whoever chairs the event ("the chairperson said"), lowercase. Literal. */
  chairTitles?: string[];
  cues: AttendanceCue[];
  /** Cue words are lowercase inside a clause: a capitalised match after a word is part of a name ("Ban Chỉ đạo"). */
  cuesLowercase: boolean;
  /** regex, case-insensitive: words that show by themselves that the event took place with people in it ("at a town
   * hall", "at Prime Minister's Questions"). A sentence holding one makes the article a meeting report even when no
   * chair or attendance cue is written, so the people speaking there are listed; not when the sentence puts it in
   * the future or elsewhere. */
  eventPhrases: string[];
  /** regex: words that put a named event in the future or in another mood ("will", "later this year"); a sentence
   * holding one names no event that took place. */
  eventNotYet: string[];
  /** Words that open what a speaker said ("that", "rằng"): the clause naming an event ends there, so a "would" in
   * the speech ("told analysts on a call that margins would improve") does not put the event in the future. */
  speechOpeners?: string[];
  /** regex: speech or action from another time or place (nhắc lại, trước đó / recalled, last year). */
  reported: string[];
  /** regex: a span of time after "chaired"/"attended" ("for a decade", "from 2021 to 2024"): an office held, not an
   * event run. Read in the cue's own clause only, not the whole sentence like `reported` (a speaker "who has lived
   * here since 1990" still speaks). */
  officeSpans: string[];
  /** regex: said, but not at the event (in a statement, by email, từng). */
  negators: string[];
  /** regex: said to the press ("told reporters", "với phóng viên"): not at the event, unless the report is of a
   * press conference (`pressEvents`), where the press is the audience. */
  pressNegators: string[];
  /** regex: the events whose audience is the press ("press conference", "họp báo"), named anywhere in the report. */
  pressEvents: string[];
  /** regex: when a speech was made, written right after its verb and before what was said, that puts it before or
   * after the event ("said last week", "told the paper afterwards"). */
  otherTimes: string[];
  /** regex: verbs of speech whose object is spoken to at the event ("rebuked the chancellor, X", "pressed the
   * witnesses, A and B"): that person was there, when nothing else the article says gives them a part. */
  addressVerbs: string[];
  /** The days of the week, literal (English: its metadata weekdays, full names): one right after a verb of speech
   * that is not the day the report first names ("said Friday" in a report of Thursday's meeting) puts the speech on
   * another day. */
  weekdays: string[];
  /** regex: photo credits at the end of a caption. */
  captionCredits: string[];
  /** A caption marked as an archive or illustration picture ("file photo", "ảnh tư liệu"): no evidence of this event.
   * Case-insensitive expressions. */
  archiveCaptions: string[];
  /** Words ending in a full stop that do not end a sentence (TP., Dr., Sen.). Literal, without the stop. */
  abbreviations: string[];
}
