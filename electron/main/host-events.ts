import { IPC_EVENT_CHANNEL, type HostEvent } from '../../src/core/api/contract';

/**
 * Sends host events (menu commands, files opened from the OS) to the UI. Events that arrive before the
 * page has loaded (a file double-clicked to launch the app, say) wait in a queue and are delivered once
 * it has; the preload in turn holds them until the UI subscribes.
 */

export interface EventTarget {
  send(channel: string, event: HostEvent): void;
  isDestroyed(): boolean;
}

export interface HostEventSender {
  send(event: HostEvent): void;
  /** A page finished loading in `target`: deliver what is queued and send directly from now on. */
  attach(target: EventTarget): void;
  /** The page is gone (window closed or reloading): queue again. */
  detach(): void;
  pending(): readonly HostEvent[];
}

export function createHostEventSender(): HostEventSender {
  let target: EventTarget | null = null;
  const queue: HostEvent[] = [];
  const flush = () => {
    while (target && !target.isDestroyed() && queue.length > 0) {
      target.send(IPC_EVENT_CHANNEL, queue.shift() as HostEvent);
    }
  };
  return {
    send(event) {
      queue.push(event);
      flush();
    },
    attach(next) {
      target = next;
      flush();
    },
    detach() {
      target = null;
    },
    pending: () => [...queue],
  };
}
