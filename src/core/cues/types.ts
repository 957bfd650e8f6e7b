/**
 * Language cue words used by cleaning rules and detection: data, kept apart from the mechanisms.
 * Adding a language is adding a file next to this one and listing it in index.ts.
 * All strings are matched case-insensitively against whitespace-collapsed, trimmed text.
 */
export interface LanguageCues {
  lang: string;
  /** Headings/labels that open a comment section ("Comments", "Ý kiến bạn đọc", "0 bình luận" minus digits). */
  comments: string[];
  /** Labels of related-content boxes ("Related", "Tin liên quan", "Xem thêm", "Read more"). */
  related: string[];
  /** Newsletter / sign-up prompts. */
  newsletter: string[];
  /** Share / social prompts ("Share", "Chia sẻ"). */
  share: string[];
  /** Advertisement labels ("Advertisement", "Quảng cáo"). */
  ads: string[];
  /** Weather widget labels ("Weather", "Thời tiết"). */
  weather: string[];
  /** Market widget labels (gold prices, exchange rates, stock indices). */
  markets: string[];
  /** Cookie / consent banner phrases. */
  cookies: string[];
  /** Print / font-size / toolbar labels. */
  toolbar: string[];
  /** Author-bio openers ("About the author", "Giới thiệu tác giả"). */
  authorBio: string[];
  /** Byline prefixes to strip ("By", "Bài và ảnh:", "Theo"). */
  bylinePrefixes: string[];
  /** Words per minute for reading time (words as split by whitespace). */
  wordsPerMinute: number;
}
