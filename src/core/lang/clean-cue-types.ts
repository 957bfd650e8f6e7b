/**
 * Language cue words used by cleaning rules and detection: data, kept apart from the mechanisms.
 * Adding a language is adding lang/<code>/clean.ts and listing it in clean-cues.ts; adding a kind of cue is adding
 * its field here and its phrases in each language's file.
 * Phrases are matched case-insensitively on text with digits, punctuation and extra whitespace removed
 * (see src/core/clean/kit/block-text.ts `labelKey`), so "Comments (0)" and "0 bình luận" match "comments" and "bình luận".
 */

/** The kinds of page furniture a cue list can name. */
export type CueKind =
  | 'comments'
  | 'related'
  | 'newsletter'
  | 'share'
  | 'ads'
  | 'weather'
  | 'markets'
  | 'cookies'
  | 'toolbar'
  | 'authorBio'
  | 'tags'
  | 'nowReading'
  | 'prevNext'
  | 'pressSections'
  /** Class hints only: image captions and credits marked by class rather than <figcaption>. */
  | 'captions';

export interface LanguageCues {
  lang: string;
  /** Headings/labels that open a comment section ("Comments", "Ý kiến bạn đọc", "0 bình luận" minus digits). */
  comments: string[];
  /** Labels of related-content boxes ("Related", "Tin liên quan", "Xem thêm", "Read more"). */
  related: string[];
  /** Newsletter / sign-up prompts (matched anywhere inside a short box, not only as its label). */
  newsletter: string[];
  /** Share / social prompts ("Share", "Chia sẻ"). */
  share: string[];
  /** Advertisement labels ("Advertisement", "Quảng cáo"). */
  ads: string[];
  /** Weather widget labels ("Weather", "Thời tiết"). */
  weather: string[];
  /** Market widget labels (gold prices, exchange rates, stock indices). */
  markets: string[];
  /** Cookie / consent banner phrases (matched anywhere inside a short box). */
  cookies: string[];
  /** Print / font-size / toolbar labels. */
  toolbar: string[];
  /** Author-bio openers ("About the author", "Giới thiệu tác giả"). */
  authorBio: string[];
  /** Labels that open a list of topic tags ("Tags", "Từ khóa"). */
  tags: string[];
  /** Labels of a sticky "now reading" bar that repeats the headline. */
  nowReading: string[];
  /**
   * A page's own reading-time line ("5 min read", "Estimated reading time: 6 minutes"): the reader shows its own, so a
   * short line with a number and one of these phrases goes.
   */
  readingTime: string[];
  /** Labels of previous/next-article links ("Previous article", "Bài tiếp theo"). */
  prevNext: string[];
  /**
   * Headings that open press-release boilerplate at the end ("Media contacts", "Notes to editors"); "about" is the
   * stem of "About <Company>", which counts only when the next paragraph starts with that name.
   */
  pressSections: string[];
  /**
   * Calls to action that end (or open) an article: phrases that are one on their own ("join our", "let us know",
   * "like this story"), and the verbs and channels that make one together ("follow" + "instagram").
   */
  callsToAction: string[];
  /**
   * The calls to action that only point at a link ("click here", "tap here"): one at the body's edges, but in the
   * middle of the text the article's own pointer to what it cites ("Click here to read the full report").
   */
  linkPrompts: string[];
  /**
   * Status text standing in for an embedded player or a part of the page still loading, a block of its own:
   * "Loading…", "Media playback is unsupported on your device", "This video can not be played".
   */
  statusNotices: string[];
  /**
   * A publication's appeal to its readers for money or membership, addressed to them ("support our journalism",
   * "make a contribution", "become a member"); never a phrase that reporting uses of third parties.
   */
  supportAppeals: string[];
  /**
   * Labels of a promotion for a video ("Watch", "Video", "Xem video", "Im Video"): a line that is one of them alone
   * (with a duration, a play sign), or one followed by ":" or "|" and a headline, stands for a player that is not there.
   */
  videoLabels: string[];
  /**
   * The words for an app ("app", "application", "ứng dụng"): in a short block of its own whose sentence opens with an
   * action verb (ctaVerbs: "Download the Tribune app", "Tải ứng dụng …"), an app-download promo. Not the stores'
   * names: film and music pages list where a title can be rented ("… available on Google Play").
   */
  appPromos: string[];
  /**
   * A newsroom's desk or staff credited in place of an author ("Metro Desk", "Reuters staff", "Redaktion Lokales",
   * "Phòng Thời sự"): words that, on a short line of their own, make it a desk label rather than a name.
   */
  deskLabels: string[];
  /**
   * Labels of the page's own metadata fields, said with a colon ("Category: News", "Veröffentlicht am:", "Release
   * Date:", "opublikowano:"): publication date, category, section. A line that is only such fields (with short values,
   * maybe a date) is the CMS's furniture; creditWords and bylinePrefixes count as field labels too when followed by a
   * colon ("Quelle: dpa", "Foto: Timur", "Von: …"). Never a generic "Date"/"Datum": an event's date is its content.
   */
  fieldLabels: string[];
  /**
   * The phrases of a copyright notice ("all rights reserved", "alle Rechte vorbehalten", "wszelkie prawa zastrzeżone"):
   * with the © sign or an opening "Copyright", a short line of them after the text is the site's footer.
   */
  copyrightNotices: string[];
  /**
   * The sentences a blog engine's theme prints under an entry ("This entry was posted in News. Bookmark the
   * permalink.", "Der Beitrag wurde am … veröffentlicht und wurde unter … abgelegt"): the theme's own wording,
   * specific enough that a short block after the text holding one is that footer, not someone's prose.
   */
  entryFooters: string[];
  /**
   * What a paywall prints where the text is cut ("To view the full story, please subscribe", "Um weiterzulesen …",
   * "Cet article est réservé aux abonnés"): the text has ended there, and what follows is the offer.
   */
  paywallNotices: string[];
  /**
   * What a blocked embed says in its place until the reader consents ("Wir respektieren deine Privatsphäre und stellen
   * deshalb ohne dein Einverständnis keine Verbindung zu Twitter her", "By loading the content you accept …"): the
   * placeholder of a tweet, video or map, not the article's text.
   */
  embedConsent: string[];
  /** Words of a photo credit in parentheses closing a caption ("(AP Photo/…)", "(Image: GETTY)", "(Ảnh: …)"). */
  creditWords: string[];
  ctaVerbs: string[];
  ctaChannels: string[];
  /** What follows an author's name in a closing bio line ("is a", "writes about", "là phóng viên"). */
  bioVerbs: string[];
  /** Words a date/time line may hold besides numbers: months, weekdays, "updated", time zones (from lang/<code>/metadata.ts). */
  dateWords: string[];
  /** Byline prefixes to strip ("By", "Bài và ảnh:", "Theo"): the metadata readers' list (lang/<code>/metadata.ts). */
  bylinePrefixes: string[];
  /**
   * class/id tokens that support (never decide alone) a kind, e.g. "binhluan" for comments on Vietnamese CMSs.
   * A token matches a class/id word exactly, or followed by "s" or a version suffix ("tinlienquanv2").
   */
  classHints: Partial<Record<CueKind, string[]>>;
  /**
   * The language's commonest short words, lowercase ("der", "und", "nicht"): a page that declares no language is
   * given the one whose words it uses most (guess-language.ts), so that its cues apply. Empty for languages told by
   * their script (Vietnamese letters, Cyrillic, kana, Han).
   */
  functionWords: string[];
  /** Words per minute for reading time (words as split by whitespace). */
  wordsPerMinute: number;
}

/** The fields of LanguageCues that are lists of phrases (merged with English's by cuesFor). */
export type CueList = { [K in keyof LanguageCues]: LanguageCues[K] extends string[] ? K : never }[keyof LanguageCues];
