/** The sites where the reader always opens: the list as stored (any window may change it), and the popup's switch. */
import { loadReaderSites, releaseSiteAccess, requestSiteAccess, saveReaderSite, subscribeReaderSites } from '../../reader-sites';
import type { Slice, Store } from '../store';

export function readerSitesSlice(store: Store): Slice<'setReaderSite'> {
  const apply = (readerSites: string[]) => store.update({ readerSites });
  return {
    start() {
      void loadReaderSites().then(apply);
      subscribeReaderSites(apply);
    },
    actions: {
      // Runs inside the click: turning a site on asks for its host permission first (the prompt needs the gesture).
      setReaderSite(site, on) {
        if (!on) {
          void saveReaderSite(site, false).then(apply);
          void releaseSiteAccess(site);
          return;
        }
        void requestSiteAccess(site).then(async (granted) => (granted ? apply(await saveReaderSite(site, true)) : apply(store.get().readerSites)));
      },
    },
  };
}
