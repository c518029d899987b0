import { useEffect, useRef, useState } from 'react';
import {
  CONTROLS_HASH,
  isChannelMessage,
  PRESENTER_CHANNEL,
  type ChannelMessage,
  type PresenterCommand,
  type PresenterSnapshot,
} from './presenter-protocol';
import { PresenterControls } from './PresenterControls';
import styles from './Presenter.module.css';

/** True in the tab "Open facilitator controls" opened (browser mode). */
export function isFacilitatorTab(win: Window = window): boolean {
  return win.location.hash === CONTROLS_HASH;
}

/**
 * The facilitator's controls in their own browser tab: no API of its own, only the presenter tab's state
 * and commands over a BroadcastChannel, which reaches tabs of the same origin and nothing else.
 */
export function FacilitatorTab() {
  const [snapshot, setSnapshot] = useState<PresenterSnapshot | null>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    document.title = 'Facilitator controls — Ballast';
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    channelRef.current = channel;
    const hello: ChannelMessage = { kind: 'hello' };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isChannelMessage(event.data)) return;
      if (event.data.kind === 'snapshot') setSnapshot(event.data.snapshot);
      // The project's tab (re)loaded after this one opened: ask it again.
      else if (event.data.kind === 'ready') channel.postMessage(hello);
    };
    channel.postMessage(hello);
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, []);
  const dispatch = (command: PresenterCommand) => {
    const message: ChannelMessage = { kind: 'command', command };
    channelRef.current?.postMessage(message);
  };
  return (
    <main className={styles.tabPage}>
      {snapshot ? (
        <PresenterControls snapshot={snapshot} dispatch={dispatch} place="tab" />
      ) : (
        <p role="status">
          Waiting for Ballast: keep the tab with the project open in this browser, then press F5 there for the
          presenter view.
        </p>
      )}
    </main>
  );
}

/** Opens the controls tab; false where a second window is not allowed (the desktop app). */
export function openFacilitatorTab(win: Window = window): boolean {
  if (win.ballast) return false;
  const url = `${win.location.pathname}${win.location.search}${CONTROLS_HASH}`;
  win.open(url, '_blank', 'noopener');
  return true;
}
