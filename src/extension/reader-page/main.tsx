/**
 * The reader page: the overlay's reader, in an extension page of its own that the content script frames (see
 * reader-channel.ts). It takes one article, from the one parent that knows the token in its address, and renders it
 * with the same components as ever; the page around the frame can neither read nor change anything in here.
 */
import type { Article } from '../../core/index';
import { isRecord } from '../check';
import { t, uiLanguage } from '../i18n';
import { HANDSHAKE, isLeaveRequest, isPeopleUpdate, isToReader, isToken, type FromReader } from '../reader-channel';
import aloudCss from '../reader/read-aloud/read-aloud.css?inline';
import readerChromeCss from '../reader/reader-chrome.css?inline';
import readerCss from '../reader/reader.css?inline';
import { mountReader } from '../reader/mount-reader';
import { mountNotice } from '../reader/reader-notice-view';
import { DEFAULTS, loadSettings } from '../settings';
import { afterInput } from './after-input';
import { readerHistory } from './reader-history';
import pageCss from './reader-page.css?inline';

const style = document.createElement('style');
style.textContent = `${readerCss}\n${readerChromeCss}\n${aloudCss}\n${pageCss}`;
document.head.append(style);
document.documentElement.lang = uiLanguage();

const token = location.hash.slice(1);
// Read while the content script is still handing over the article, so the first render has the person's settings.
const settings = loadSettings().catch(() => DEFAULTS);
let port: MessagePort | null = null;
const send = (message: FromReader) => port?.postMessage(message);
// Close and pick remove this frame: only once the key or click that asked for it is over (see after-input.ts), and
// after taking the reader's own history entry back out (reader-history.ts); Back itself closes the reader.
const input = afterInput();
const history = readerHistory(window, () => input.run(() => send({ type: 'close' })));
const leave = (message: FromReader) => input.run(() => history.leave(() => send(message)));

function onHandshake(e: MessageEvent) {
  const data: unknown = e.data;
  // Only the first message from our own parent that names our token, with one port: the content script's.
  if (port || e.source !== window.parent || window.parent === window || !isToken(token)) return;
  if (!isRecord(data) || data[HANDSHAKE] !== token || e.ports.length !== 1) return;
  window.removeEventListener('message', onHandshake);
  port = e.ports[0];
  let mounted = false;
  // The article as last received, and how to show it again once its attendee summary arrives (peopleLater).
  let latest: Article | null = null;
  let redraw: (() => void) | null = null;
  let peopleLater = false;
  port.onmessage = (m: MessageEvent) => {
    // The overlay asks the reader to close (the shortcut again, Esc in the page): the same way out as its button.
    if (mounted && isLeaveRequest(m.data)) return leave({ type: 'close' });
    if (mounted && peopleLater && latest && isPeopleUpdate(m.data)) {
      peopleLater = false;
      latest = { ...latest, attendees: m.data.attendees };
      redraw?.();
      return;
    }
    if (mounted || !isToReader(m.data)) return;
    mounted = true;
    const { article, notice } = m.data;
    latest = article;
    peopleLater = m.data.peopleLater === true;
    document.title = article?.title ?? t('extName');
    void settings.then((loaded) => {
      const container = document.getElementById('reader')!;
      const onClose = () => leave({ type: 'close' });
      const showArticle = article
        ? () => {
            // Rendering again with the summary keeps the reader's state (Preact diffs the same component tree).
            redraw = () => latest && mountReader(container, latest, { onClose, settings: loaded });
            redraw();
          }
        : undefined;
      // A notice first when the page may not give a good read; the article, if any, one click behind it.
      if (notice || !showArticle) mountNotice(container, { notice: notice ?? { reason: 'failed', code: 'empty' }, article, settings: loaded, onShow: showArticle, onPick: () => leave({ type: 'pick' }), onClose });
      else showArticle();
      // Rendered (preact renders synchronously): the overlay may show the frame. A timer, not an animation frame,
      // because a frame that is not shown yet may get no animation frames at all.
      setTimeout(() => send({ type: 'shown' }), 0);
    });
  };
}
window.addEventListener('message', onHandshake);

// Esc with the focus anywhere in here (the reader view handles it on itself too; one close is enough).
window.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && e.isTrusted && !e.defaultPrevented) {
    e.preventDefault();
    leave({ type: 'close' });
  }
});
// Losing the focus may mean the page put something above the reader: the overlay checks.
window.addEventListener('blur', () => send({ type: 'blur' }));
