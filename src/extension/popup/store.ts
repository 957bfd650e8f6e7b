/**
 * The popup's one state and who is told of its changes. The slices (slices/*.ts) each read and patch their part of
 * it; the view only ever sees whole states.
 */
import type { PopupActions, PopupState } from './popup-state';

export interface Store {
  get(): PopupState;
  update(patch: Partial<PopupState>): void;
  subscribe(listener: (state: PopupState) => void): () => void;
  /** A short message for the live region ("Copied as Markdown"), cleared after a while; a newer one replaces it. */
  announce(status: string): void;
}

/** What one slice adds: some of the actions, and the work it starts when the popup opens. */
export interface Slice<A extends keyof PopupActions> {
  actions: Pick<PopupActions, A>;
  start?(): void;
}

const STATUS_MS = 4000;

export function createStore(initial: PopupState): Store {
  let state = initial;
  const listeners = new Set<(state: PopupState) => void>();
  const update = (patch: Partial<PopupState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    get: () => state,
    update,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce(status) {
      clearTimeout(statusTimer);
      update({ status });
      statusTimer = setTimeout(() => update({ status: '' }), STATUS_MS);
    },
  };
}
