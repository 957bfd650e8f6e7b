/** A key combination ("Alt+Shift+L") as keycaps: the popup's shortcut line and the options page both show it. */
import { Fragment } from 'preact';

export function Keys({ keys }: { keys: string }) {
  const parts = keys.split(/\s*\+\s*/).filter(Boolean);
  return (
    <span class="pp-keys">
      {/* Read as one phrase ("Alt+Shift+L"); the keycaps are for the eye. An aria-label on a span is ignored. */}
      <span class="ui-visually-hidden">{keys}</span>
      {parts.map((k, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden="true">+</span>}
          <kbd aria-hidden="true">{k}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
