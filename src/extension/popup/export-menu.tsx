/**
 * One tab's exports in one compact control: a quick button that repeats the last export (else downloads the Options
 * default), and beside it a menu with every format, to copy or to download, each one click away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { ExportChoice, LastExport, PopupActions, PopupState } from './popup-state';

/** The export the quick button makes: the last one if its format is still offered, else the default download. */
export function quickExport(exports: ExportChoice[], last: LastExport | null): LastExport | null {
  const offered = last && exports.find((e) => e.id === last.formatId && (last.action === 'copy' ? e.canCopy : e.canDownload));
  if (last && offered) return last;
  const fallback = exports.find((e) => e.isDefault && e.canDownload) ?? exports.find((e) => e.canDownload);
  return fallback ? { action: 'download', formatId: fallback.id } : null;
}

function Caret() {
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function ExportMenu({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // A click anywhere outside the menu closes it, as menus do.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: Event) => !boxRef.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const quick = quickExport(state.exports, state.lastExport);
  if (!quick) return null;
  const labelOf = (id: string) => state.exports.find((e) => e.id === id)?.label ?? id;
  const run = (action: LastExport['action'], formatId: string) => {
    setOpen(false);
    if (action === 'copy') actions.copy(formatId);
    else actions.download(formatId);
  };
  const copyable = state.exports.filter((e) => e.canCopy);
  const downloadable = state.exports.filter((e) => e.canDownload);

  return (
    <div
      class="pp-export"
      ref={boxRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <div class="pp-split">
        <button type="button" class="pp-button pp-split__main" data-testid="export-quick" data-action={quick.action} data-format={quick.formatId} onClick={() => run(quick.action, quick.formatId)}>
          {t(quick.action === 'copy' ? 'copyAs' : 'downloadAs', labelOf(quick.formatId))}
        </button>
        <button
          type="button"
          ref={toggleRef}
          class="pp-button pp-split__toggle"
          data-testid="export-menu-toggle"
          aria-expanded={open}
          aria-controls="pp-export-menu"
          aria-label={t('exportMenuLabel')}
          title={t('exportMenuLabel')}
          onClick={() => setOpen(!open)}
        >
          <Caret />
        </button>
      </div>
      {open && (
        <div id="pp-export-menu" class="pp-export-menu" data-testid="export-menu">
          <div class="pp-export-menu__group" role="group" aria-labelledby="pp-copy-label">
            <p id="pp-copy-label" class="pp-export-menu__label">
              {t('copyLabel')}
            </p>
            {copyable.map((e) => (
              <button type="button" key={e.id} class="pp-chip" data-testid={`copy-${e.id}`} title={t('copyAs', e.label)} onClick={() => run('copy', e.id)}>
                {e.label}
              </button>
            ))}
          </div>
          <div class="pp-export-menu__group" role="group" aria-labelledby="pp-download-label">
            <p id="pp-download-label" class="pp-export-menu__label">
              {t('downloadLabel')}
            </p>
            {downloadable.map((e) => (
              <button
                type="button"
                key={e.id}
                class={e.isDefault ? 'pp-chip pp-chip--default' : 'pp-chip'}
                data-testid={`download-${e.id}`}
                data-default={e.isDefault ? 'true' : undefined}
                title={e.isDefault ? `${t('downloadAs', e.label)} · ${t('downloadDefault')}` : t('downloadAs', e.label)}
                onClick={() => run('download', e.id)}
              >
                .{e.extension}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
