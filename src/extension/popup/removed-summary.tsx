/** "What was removed": the cleaning rules that fired, with counts and a few samples, collapsed by default. */
import type { RemovedReport } from '../../core/index';
import { t, tryT } from '../i18n';

/** Localised rule name ("comment-sections" -> key "rule_comment_sections"), else the file name made readable. */
export function ruleLabel(rule: string): string {
  const localised = tryT(`rule_${rule.replace(/[^a-z0-9]+/gi, '_')}`);
  if (localised) return localised;
  const words = rule.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function RemovedSummary({ removed }: { removed: RemovedReport[] }) {
  const fired = removed.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const total = fired.reduce((sum, r) => sum + r.count, 0);
  if (!total) {
    return (
      <p class="pp-removed pp-removed--none" data-testid="removed-summary">
        {t('removedNone')}
      </p>
    );
  }
  return (
    <details class="pp-removed" data-testid="removed-summary">
      <summary>
        <span class="pp-removed__title">{t('removedTitle')}</span>
        <span class="pp-removed__total" title={t('removedCount', total)}>
          {total}
        </span>
      </summary>
      <ul class="pp-removed__list">
        {fired.map((r) => (
          <li key={r.rule} data-rule={r.rule}>
            <span class="pp-removed__rule">{ruleLabel(r.rule)}</span>
            <span class="pp-removed__count">{r.count}</span>
            {r.examples.length > 0 && (
              <span class="pp-removed__examples">
                {r.examples.slice(0, 2).map((ex, i) => (
                  <q key={i}>{ex}</q>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
