/**
 * Which voice reads the article: an on-device voice (localService: the text never leaves the machine) for the
 * article's language, the exact tag first ("vi", "en-GB"), then any of the same language, the system's default
 * among them first. None for the language: the default on-device voice is offered instead, and the reader says so.
 */

export interface VoiceLike {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

export interface VoiceChoice<V extends VoiceLike> {
  /** The voice to use: the language's, or the default one when `forLanguage` is false; null if there is none at all. */
  voice: V | null;
  forLanguage: boolean;
}

const norm = (lang: string) => lang.trim().toLowerCase().replace(/_/g, '-');
const primary = (lang: string) => norm(lang).split('-')[0] ?? '';

export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): VoiceChoice<V> {
  const local = voices.filter((v) => v.localService);
  const defaultFirst = (list: V[]) => list.find((v) => v.default) ?? list[0] ?? null;
  const fallback = defaultFirst(local);
  const want = norm(lang);
  if (!want) return { voice: fallback, forLanguage: fallback !== null }; // the page did not say: nothing to miss
  const exact = defaultFirst(local.filter((v) => norm(v.lang) === want));
  const sameLanguage = exact ?? defaultFirst(local.filter((v) => primary(v.lang) === primary(want)));
  return sameLanguage ? { voice: sameLanguage, forLanguage: true } : { voice: fallback, forLanguage: false };
}

export interface VoiceSource<V> {
  getVoices(): V[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/**
 * The voices, once the engine has listed them, or [] after `ms`. Chrome lists them late, after a voiceschanged
 * event: seconds late when speech-dispatcher offers every espeak-ng variant (13,000 voices on Debian).
 */
export function loadVoices<V>(synth: VoiceSource<V>, ms = 10_000): Promise<V[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = () => {
      clearInterval(poll);
      clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', check);
      resolve(synth.getVoices());
    };
    const check = () => {
      if (synth.getVoices().length) finish();
    };
    synth.addEventListener?.('voiceschanged', check);
    const poll = setInterval(check, 250); // some engines list voices without the event
    const timer = setTimeout(finish, ms);
  });
}
