/** Popup entry: styles, the connected store, and the view re-rendered on every state change. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n';
import readerCss from '../reader/reader.css?inline';
import baseCss from '../ui/base.css?inline';
import { connect, type PopupStore } from './connect';
import popupCss from './popup.css?inline';
import { PopupView } from './popup-view';

function App({ store }: { store: PopupStore }) {
  const [state, setState] = useState(store.getState());
  useEffect(() => store.subscribe(setState), [store]);
  return <PopupView state={state} actions={store.actions} />;
}

const style = document.createElement('style');
style.textContent = [readerCss, baseCss, popupCss].join('\n');
document.head.append(style);
document.documentElement.lang = uiLanguage();
document.title = t('extName');

const root = document.getElementById('app');
if (root) render(<App store={connect()} />, root);
