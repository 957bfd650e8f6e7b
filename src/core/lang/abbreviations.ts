/**
 * Words that end in a full stop without ending the sentence, per language: titles before a name ("Mr.", "TP.",
 * "Dr."), units and references before a number ("No. 5", "S. 12"), and common shortenings. Data for the sentence
 * splitter (core/speech/sentence-spans.ts). Written as they are printed: "ul" in Polish is lower case, "Nr" in German
 * capitalised; the splitter also accepts a capitalised first letter of a lower-case entry (a sentence may begin with
 * one) but never the reverse ("no." ends an English sentence, "No." does not).
 * A dotted compound ("PGS.TS.", "U.S.") is an abbreviation when each of its parts is one, or is a single letter.
 * Single letters (initials: "J. Smith", "A. S. Pushkin") never end a sentence in any language.
 */

const byLang: Record<string, readonly string[]> = {
  en: ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Ft', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Capt',
    'Sgt', 'Cpl', 'Adm', 'Rev', 'Hon', 'Supt', 'Insp', 'No', 'Nos', 'Vol', 'Fig', 'Ch', 'Sec', 'Art', 'Ave', 'Blvd', 'Rd',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'vs', 'approx', 'dept', 'est',
    'e.g', 'i.e', 'a.m', 'p.m', 'cf', 'pp', 'p'],
  vi: ['TP', 'Tp', 'TT', 'TX', 'GS', 'PGS', 'TS', 'ThS', 'Th.S', 'BS', 'CN', 'KS', 'NSƯT', 'NSND', 'NXB', 'ĐH', 'Q', 'P', 'St'],
  de: ['Dr', 'Prof', 'Hr', 'Fr', 'Nr', 'Str', 'St', 'Abs', 'Art', 'Bd', 'Jh', 'Mio', 'Mrd', 'Tel', 'usw', 'bzw', 'ca',
    'vgl', 'evtl', 'ggf', 'inkl', 'sog', 'bspw', 'z.B', 'd.h', 'u.a', 'o.ä', 'v.a', 'z.T', 'u.U'],
  fr: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'St', 'Ste', 'av', 'bd', 'env', 'cf', 'vol', 'p', 'p.ex'],
  es: ['Sr', 'Sra', 'Srta', 'Sres', 'Dr', 'Dra', 'D', 'Dña', 'Ud', 'Uds', 'Lic', 'Ing', 'Av', 'Avda', 'Sto', 'Sta',
    'núm', 'pág', 'aprox', 'p.ej', 'EE.UU'],
  it: ['Sig', 'Sigg', 'Sig.ra', 'Dott', 'Dott.ssa', 'Prof', 'Prof.ssa', 'Ing', 'Avv', 'Arch', 'On', 'Sen', 'S', 'pag',
    'p.es', 'ecc', 'vol'],
  pt: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Prof', 'Profa', 'Eng', 'Av', 'Exmo', 'Exma', 'Ilmo', 'pág', 'nº', 'n.º', 'p.ex'],
  nl: ['dhr', 'mevr', 'mw', 'dr', 'prof', 'ir', 'ing', 'mr', 'drs', 'St', 'nr', 'bijv', 'o.a', 'd.w.z', 'enz', 'ca', 'blz'],
  pl: ['dr', 'prof', 'hab', 'mgr', 'inż', 'ks', 'płk', 'gen', 'ul', 'al', 'pl', 'np', 'tzw', 'godz', 'ok', 'tj', 'm.in',
    'wg', 'ds', 'r', 'św'],
  ru: ['г', 'гг', 'т.е', 'т.д', 'т.п', 'т.к', 'др', 'им', 'ул', 'пр', 'пл', 'д', 'напр', 'см', 'стр', 'тыс', 'млн',
    'млрд', 'руб', 'проф', 'акад', 'св', 'ст'],
  // Chinese and Japanese end sentences with their own marks (。！？), which no abbreviation uses.
  zh: [],
  ja: [],
};

/**
 * Languages that write ordinals as a number and a full stop ("am 3. Oktober", "20. století"): a short number before
 * a stop does not end the sentence.
 */
const ORDINAL_DOT = new Set(['de', 'pl', 'cs', 'sk', 'da', 'no', 'nb', 'fi', 'hu']);

/** The page language's abbreviations merged with English's (pages mix both, as the cue lists do). */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  const primary = primaryOf(lang);
  return new Set([...(byLang[primary] ?? []), ...byLang.en!]);
}

export function writesOrdinalDot(lang: string): boolean {
  return ORDINAL_DOT.has(primaryOf(lang));
}

const primaryOf = (lang: string): string => (lang || 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
